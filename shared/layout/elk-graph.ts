// The ELK input for a group of people of the buying center: cards, the org chart and influence as edges.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Deal, Position } from '../model/deal-schema';
import { emptyIdRecord } from '../model/id-record';
import { GAP_X, GAP_Y, NODE_HEIGHT, NODE_WIDTH } from './layout-geometry';
import { resolveManagers } from './reporting-lines';

export type LayoutDeal = Pick<Deal, 'stakeholders' | 'relations'>;

/** More direct reports than this, without reports of their own, are stacked in columns. */
const MAX_ROW = 3;

/** The layered, top-down layout with room between rows and columns for routed arrows. */
const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.thoroughness': '3',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.spacing.nodeNode': String(GAP_X),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(GAP_Y),
  'elk.spacing.edgeNode': '24',
  'elk.spacing.edgeEdge': '12',
  'elk.spacing.componentComponent': String(GAP_X),
  'elk.separateConnectedComponents': 'false',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
} as const;

/** A department name, trimmed; empty when the person belongs to none. */
export function departmentOf(stakeholder: Pick<Deal['stakeholders'][number], 'department'>): string {
  return stakeholder.department?.trim() ?? '';
}

/**
 * The graph ELK lays out for the given people (a department, or everyone). A manager sits above
 * their reports; someone who influences another sits below them, so decision-makers end up on
 * top, but the org chart wins where the two disagree. Relations to people outside are left out.
 */
export function peopleGraph(deal: LayoutDeal, ids: readonly string[]): ElkNode {
  const inside = new Set(ids);
  const managerOf = new Map([...resolveManagers(deal.stakeholders, deal.relations)].filter(([a, b]) => inside.has(a) && inside.has(b)));
  const linked = new Set(deal.relations.filter((r) => inside.has(r.from) && inside.has(r.to) && r.from !== r.to).flatMap((r) => [r.from, r.to]));
  const decider = deal.stakeholders.find((s) => inside.has(s.id) && s.role === 'decision-maker');
  // Someone linked to nobody here is laid out as if reporting to the first decision-maker.
  for (const stakeholder of deal.stakeholders) {
    if (decider && inside.has(stakeholder.id) && !linked.has(stakeholder.id) && stakeholder.role !== 'decision-maker') managerOf.set(stakeholder.id, decider.id);
  }
  const edges: ElkExtendedEdge[] = [];
  for (const [report, manager] of managerOf) {
    edges.push({ id: `chart:${report}`, sources: [manager], targets: [report], layoutOptions: { 'elk.layered.priority.direction': '10' } });
  }
  edges.push(...leafStacks(ids, managerOf));
  for (const relation of deal.relations) {
    if (relation.kind === 'reports-to' || relation.from === relation.to) continue;
    if (!inside.has(relation.from) || !inside.has(relation.to)) continue;
    edges.push({ id: relation.id, sources: [relation.to], targets: [relation.from], layoutOptions: { 'elk.layered.priority.direction': '1' } });
  }
  // Decision-makers nothing points down to head the chart, side by side (ELK refuses a first-row node with an edge in).
  const pointedTo = new Set(edges.flatMap((edge) => edge.targets));
  const deciders = new Set(deal.stakeholders.filter((s) => s.role === 'decision-maker' && !pointedTo.has(s.id)).map((s) => s.id));
  const children = ids.map((id): ElkNode => ({
    id,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    ...(deciders.has(id) ? { layoutOptions: { 'elk.layered.layering.layerConstraint': 'FIRST' } } : {}),
  }));
  return { id: 'people', layoutOptions: { ...LAYOUT_OPTIONS }, children, edges };
}

/**
 * Layout-only edges that stack a manager's many direct reports without reports of their own
 * in a few columns under them, as printed org charts do, instead of one very wide row.
 */
function leafStacks(ids: readonly string[], managerOf: ReadonlyMap<string, string>): ElkExtendedEdge[] {
  const managers = new Set(managerOf.values());
  const leavesOf = new Map<string, string[]>();
  for (const id of ids) {
    const manager = managerOf.get(id);
    if (manager === undefined || managers.has(id)) continue;
    leavesOf.set(manager, [...(leavesOf.get(manager) ?? []), id]);
  }
  const edges: ElkExtendedEdge[] = [];
  for (const [manager, leaves] of leavesOf) {
    if (leaves.length <= MAX_ROW) continue;
    const columns = Math.ceil(leaves.length / Math.ceil(Math.sqrt(leaves.length * 1.5)));
    leaves.forEach((leaf, index) => {
      const above = leaves[index - columns];
      if (above !== undefined) edges.push({ id: `stack:${manager}:${leaf}`, sources: [above], targets: [leaf], layoutOptions: { 'elk.layered.priority.direction': '10' } });
    });
  }
  return edges;
}

/** Card positions from ELK's answer, the top-left card at (0, 0). */
export function positionsFromElk(root: ElkNode): Record<string, Position> {
  const positions = emptyIdRecord<Position>();
  const children = root.children ?? [];
  const minX = Math.min(...children.map((c) => c.x ?? 0));
  const minY = Math.min(...children.map((c) => c.y ?? 0));
  for (const child of children) positions[child.id] = { x: Math.round((child.x ?? 0) - minX), y: Math.round((child.y ?? 0) - minY) };
  return positions;
}
