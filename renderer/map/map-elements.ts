// Builds the map's nodes and edges from a deal, its qualification and the selected gap.
import { placeholdersUnder } from '../../shared/model/placeholders';
import { describePlaceholder } from '../../shared/model/placeholder-text';
import type { StakeholderPositions } from '../../shared/layout/auto-layout';
import { placeholderPosition } from '../../shared/layout/complete-layout';
import type { Gap, InfluencePathRef, Qualification } from '../../shared/engine/types';
import type { Deal } from '../../shared/model/deal-schema';
import { dealmapIntl, type DealmapIntl } from '../../shared/i18n';
import { vocabularyWords } from '../i18n/use-vocabulary';
import { PLACEHOLDER_NODE_ID, type MapEdge, type MapNode, type RoutedEdgeData } from './map-types';
import { departmentGroups } from '../../shared/layout/auto-layout';
import { hostileRelationIds, personFocus } from '../../shared/layout/map-focus';
import { FRAME_PADDING } from '../../shared/layout/department-packing';
import { boundsOf } from '../../shared/layout/layout-geometry';
import type { Route } from '../../shared/layout/route-types';
import { ownValue } from '../../shared/model/id-record';
import { FOLDED_SIZE } from './department-fold';
import { MAP_COLOURS } from '../../shared/layout/map-style';

/**
 * How the map frames the buying center: never zoomed in past 100 %, with a margin that keeps the
 * lowest cards clear of the zoom controls and the overview in the bottom corners.
 */
export const FIT_VIEW_OPTIONS = {
  padding: { top: '28px', right: '24px', bottom: '128px', left: '24px' },
  maxZoom: 1,
} as const;

export const HOSTILE_COLOUR = MAP_COLOURS.hostile;
export const INFLUENCE_COLOUR = MAP_COLOURS.influence;

/**
 * The map nodes a gap points at: its stakeholders and everyone on its influence paths, or for a
 * missing decision-maker the dashed placeholder that invites adding one.
 */
export function gapFocusIds(gap: Gap | null): readonly string[] {
  if (!gap) return [];
  const onPaths = gap.paths.flatMap((path) => path.stakeholderIds);
  const ids = onPaths.length > 0 ? [...new Set([...gap.stakeholderIds, ...onPaths])] : gap.stakeholderIds;
  return gap.code === 'no-decision-maker' ? [...ids, PLACEHOLDER_NODE_ID] : ids;
}

/** A path that starts at a saboteur carries their influence against the deal; any other is an ally's. */
export function isHostilePath(deal: Pick<Deal, 'stakeholders'>, path: InfluencePathRef): boolean {
  const source = path.stakeholderIds[0];
  return deal.stakeholders.find((s) => s.id === source)?.stance === 'saboteur';
}

/** Each relation on the selected gap's paths: its step (1 = from the path's source) and side. */
function gapPathSteps(deal: Deal, gap: Gap | null): Map<string, { step: number; hostile: boolean }> {
  const steps = new Map<string, { step: number; hostile: boolean }>();
  for (const path of gap?.paths ?? []) {
    const hostile = isHostilePath(deal, path);
    path.relationIds.forEach((id, index) => {
      if (!steps.has(id)) steps.set(id, { step: index + 1, hostile });
    });
  }
  return steps;
}

/** 'on' for what the selected gap concerns, 'off' for the rest, '' when nothing is highlighted. */
function highlightClass(ids: readonly string[], id: string): string {
  if (ids.length === 0) return '';
  return ids.includes(id) ? 'is-highlighted' : 'is-dimmed';
}

export function buildMapNodes(
  deal: Deal,
  positions: StakeholderPositions,
  qualification: Qualification,
  selectedStakeholderId: string | null,
  selectedGap: Gap | null,
  folded: ReadonlySet<string> = new Set(),
): MapNode[] {
  const hidden = new Set(
    departmentGroups(deal)
      .filter((group) => group.department !== '' && folded.has(group.department))
      .flatMap((group) => group.ids),
  );
  const focus = gapFocusIds(selectedGap);
  // With no gap selected, a selected person is focused: the paths in and out of them stay lit.
  const person = focus.length === 0 && selectedStakeholderId ? personFocus(deal, selectedStakeholderId) : null;
  const nodeClass = (id: string) => (person ? (person.people.has(id) ? '' : 'is-dimmed') : highlightClass(focus, id));
  const nodes: MapNode[] = deal.stakeholders.map((stakeholder) => {
    const gaps = qualification.gaps.filter((gap) => gap.stakeholderIds.includes(stakeholder.id));
    const marks = placeholdersUnder(deal, `stakeholders[${stakeholder.id}].`);
    return {
      id: stakeholder.id,
      type: 'stakeholder',
      position: ownValue(positions, stakeholder.id) ?? { x: 0, y: 0 },
      selected: stakeholder.id === selectedStakeholderId,
      // React Flow hides a hidden node's arrows with it.
      ...(hidden.has(stakeholder.id) ? { hidden: true } : {}),
      className: nodeClass(stakeholder.id),
      ariaLabel: `${stakeholder.name}${stakeholder.title ? `, ${stakeholder.title}` : ''}`,
      data: {
        stakeholder,
        gapCount: gaps.length,
        hasBlocker: gaps.some((gap) => gap.severity === 'blocker'),
        toBeConfirmed: marks.map((mark) => describePlaceholder(deal, mark)),
      },
    };
  });
  if (!deal.stakeholders.some((s) => s.role === 'decision-maker')) {
    nodes.push({
      id: PLACEHOLDER_NODE_ID,
      type: 'decision-maker-placeholder',
      position: placeholderPosition(Object.values(positions)),
      draggable: false,
      selectable: false,
      deletable: false,
      connectable: false,
      className: highlightClass(focus, PLACEHOLDER_NODE_ID),
      data: {},
    });
  }
  return [...departmentFrames(deal, positions, folded), ...nodes];
}

/** A frame behind each department of two or more people, around where its people are now; a folded one is a small box. */
export function departmentFrames(deal: Deal, positions: StakeholderPositions, folded: ReadonlySet<string> = new Set()): MapNode[] {
  return departmentGroups(deal)
    .filter((group) => group.department !== '')
    .flatMap((group): MapNode[] => {
      const bounds = boundsOf(group.ids.flatMap((id) => ownValue(positions, id) ?? []));
      if (!bounds) return [];
      const isFolded = folded.has(group.department);
      return [
        {
          id: `department:${group.department}`,
          type: 'department',
          position: { x: bounds.minX - FRAME_PADDING.side, y: bounds.minY - FRAME_PADDING.top },
          width: isFolded ? FOLDED_SIZE.width : bounds.maxX - bounds.minX + 2 * FRAME_PADDING.side,
          height: isFolded ? FOLDED_SIZE.height : bounds.maxY - bounds.minY + FRAME_PADDING.top + FRAME_PADDING.bottom,
          zIndex: -1,
          draggable: false,
          selectable: false,
          focusable: false,
          deletable: false,
          connectable: false,
          data: { department: group.department, people: group.ids.length, folded: isFolded },
        },
      ];
    });
}

/** What an edge needs to draw its route: the route, and the card positions it was made for. */
function routedData(routes: ReadonlyMap<string, Route>, positions: StakeholderPositions, id: string, ends: readonly [string, string]): RoutedEdgeData {
  const route = routes.get(id) ?? null;
  const from = ownValue(positions, ends[0]);
  const to = ownValue(positions, ends[1]);
  return { route, routedFor: route && from && to ? [from, to] : null };
}

export function buildMapEdges(
  deal: Deal,
  selectedGap: Gap | null,
  positions: StakeholderPositions = {},
  routes: ReadonlyMap<string, Route> = new Map(),
  focusedId: string | null = null,
  // Screen-reader labels in the chosen language; English where no language is given (tests, exports).
  intl: DealmapIntl = dealmapIntl('en'),
): MapEdge[] {
  const say = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const strengthWords = vocabularyWords(intl).strength;
  const names = new Map(deal.stakeholders.map((s) => [s.id, s.name]));
  const stances = new Map(deal.stakeholders.map((s) => [s.id, s.stance]));
  const hostileIds = hostileRelationIds(deal);
  const onPath = gapPathSteps(deal, selectedGap);
  const highlighted = selectedGap ? [...selectedGap.relationIds, ...onPath.keys()] : [];
  // Nodes are dimmed for a gap even when it names no relation; its edges then dim with them.
  const dimAll = gapFocusIds(selectedGap).length > 0;
  const person = !dimAll && focusedId ? personFocus(deal, focusedId) : null;
  const edgeClass = (id: string) =>
    person ? (person.relations.has(id) ? '' : 'is-dimmed') : highlighted.includes(id) ? 'is-highlighted' : dimAll ? 'is-dimmed' : '';
  return deal.relations.map((relation): MapEdge => {
    const label = say(`map.relation.${relation.kind}`, { from: names.get(relation.from) ?? relation.from, to: names.get(relation.to) ?? relation.to });
    if (relation.kind === 'reports-to') {
      // Org chart: from the manager to the report, no arrow.
      return {
        id: relation.id,
        type: 'reports-to',
        source: relation.to,
        target: relation.from,
        sourceHandle: 'bottom',
        targetHandle: 'top',
        className: `reports-to-edge ${edgeClass(relation.id)}`,
        ariaLabel: label,
        focusable: false,
        data: routedData(routes, positions, relation.id, [relation.to, relation.from]),
      };
    }
    const strength = relation.strength ?? 1;
    // Red along the saboteur's whole path to a decision-maker; "against" only where it starts.
    const hostile = hostileIds.has(relation.id);
    const against = stances.get(relation.from) === 'saboteur';
    const path = onPath.get(relation.id) ?? null;
    const pathClass = path ? ` on-gap-path ${path.hostile ? 'path-hostile' : 'path-ally'}` : '';
    const details = [
      strengthWords[strength] ?? String(strength),
      ...(against ? [say('map.edge.against-deal')] : hostile ? [say('map.edge.saboteur-pull')] : []),
      ...(path ? [say(path.hostile ? 'map.edge.step-hostile' : 'map.edge.step-ally', { step: path.step })] : []),
    ];
    return {
      id: relation.id,
      type: 'influence',
      source: relation.from,
      target: relation.to,
      sourceHandle: 'bottom',
      targetHandle: 'top',
      className: `${edgeClass(relation.id)}${pathClass}`,
      ariaLabel: say('map.edge.details', { relation: label, details: details.join(', ') }),
      focusable: false,
      data: { strength, hostile, against, emphasis: edgeClass(relation.id), path, ...routedData(routes, positions, relation.id, [relation.from, relation.to]) },
    };
  });
}
