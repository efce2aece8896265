// Builds the map's nodes and edges from a deal, its qualification and the selected gap.
import type { StakeholderPositions } from '../../shared/layout/auto-layout';
import { placeholderPosition } from '../../shared/layout/complete-layout';
import type { Gap, Qualification } from '../../shared/engine/types';
import type { Deal } from '../../shared/model/deal-schema';
import { RELATION_LABELS, STRENGTH_LABELS } from '../vocabulary-labels';
import { PLACEHOLDER_NODE_ID, type MapEdge, type MapNode } from './map-types';

/**
 * How the map frames the buying center: never zoomed in past 100 %, with a margin that keeps the
 * lowest cards clear of the zoom controls and the overview in the bottom corners.
 */
export const FIT_VIEW_OPTIONS = {
  padding: { top: '28px', right: '24px', bottom: '128px', left: '24px' },
  maxZoom: 1,
} as const;

export const HOSTILE_COLOUR = '#c92a2a';
export const INFLUENCE_COLOUR = '#3b5bdb';

/**
 * The map nodes a gap points at: its stakeholders, or for a missing decision-maker the dashed
 * placeholder that invites adding one.
 */
export function gapFocusIds(gap: Gap | null): readonly string[] {
  if (!gap) return [];
  return gap.code === 'no-decision-maker' ? [...gap.stakeholderIds, PLACEHOLDER_NODE_ID] : gap.stakeholderIds;
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
): MapNode[] {
  const focus = gapFocusIds(selectedGap);
  const nodes: MapNode[] = deal.stakeholders.map((stakeholder) => {
    const gaps = qualification.gaps.filter((gap) => gap.stakeholderIds.includes(stakeholder.id));
    return {
      id: stakeholder.id,
      type: 'stakeholder',
      position: positions[stakeholder.id] ?? { x: 0, y: 0 },
      selected: stakeholder.id === selectedStakeholderId,
      className: highlightClass(focus, stakeholder.id),
      ariaLabel: `${stakeholder.name}${stakeholder.title ? `, ${stakeholder.title}` : ''}`,
      data: {
        stakeholder,
        gapCount: gaps.length,
        hasBlocker: gaps.some((gap) => gap.severity === 'blocker'),
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
  return nodes;
}

export function buildMapEdges(deal: Deal, selectedGap: Gap | null): MapEdge[] {
  const names = new Map(deal.stakeholders.map((s) => [s.id, s.name]));
  const stances = new Map(deal.stakeholders.map((s) => [s.id, s.stance]));
  const highlighted = selectedGap ? [...selectedGap.relationIds] : [];
  // Nodes are dimmed for a gap even when it names no relation; its edges then dim with them.
  const dimAll = gapFocusIds(selectedGap).length > 0;
  const edgeClass = (id: string) =>
    highlighted.includes(id) ? 'is-highlighted' : dimAll ? 'is-dimmed' : '';
  return deal.relations.map((relation): MapEdge => {
    const label = `${names.get(relation.from) ?? relation.from} ${RELATION_LABELS[relation.kind]} ${names.get(relation.to) ?? relation.to}`;
    if (relation.kind === 'reports-to') {
      // Org chart: the manager's bottom to the report's top, no arrow.
      return {
        id: relation.id,
        type: 'smoothstep',
        source: relation.to,
        target: relation.from,
        sourceHandle: 'bottom',
        targetHandle: 'top',
        className: `reports-to-edge ${edgeClass(relation.id)}`,
        ariaLabel: label,
        data: {},
      };
    }
    const strength = relation.strength ?? 1;
    const hostile = stances.get(relation.from) === 'saboteur';
    return {
      id: relation.id,
      type: 'influence',
      source: relation.from,
      target: relation.to,
      sourceHandle: 'bottom',
      targetHandle: 'top',
      className: edgeClass(relation.id),
      ariaLabel: `${label} (${STRENGTH_LABELS[strength] ?? strength}${hostile ? ', against the deal' : ''})`,
      data: { strength, hostile, emphasis: edgeClass(relation.id) },
    };
  });
}
