// Automatic map layout: an org chart (d3 tree) from `reports-to`, everyone else in a grid beside it.
import { stratify, tree } from 'd3-hierarchy';
import type { Deal, Position } from '../model/deal-schema';
import { GAP_X, GAP_Y, NODE_HEIGHT, NODE_WIDTH, boundsOf } from './layout-geometry';
import { resolveManagers } from './reporting-lines';
import { emptyIdRecord } from '../model/id-record';

/** Stakeholder id to the top-left corner of its card. */
export type StakeholderPositions = Record<string, Position>;

type LayoutDeal = Pick<Deal, 'stakeholders' | 'relations'>;

const VIRTUAL_ROOT = '\u0000root';

interface TreeRow {
  readonly id: string;
  readonly parentId: string | undefined;
  readonly order: number;
}

/**
 * Lays out every stakeholder of the deal. A report sits one level below its manager; people
 * outside any reporting line are placed in a grid to the right of the org chart (or alone when
 * there is none). Deterministic: the same deal always gives the same positions.
 */
export function autoLayout(deal: LayoutDeal): StakeholderPositions {
  const managerOf = resolveManagers(deal.stakeholders, deal.relations);
  const inChart = new Set<string>();
  for (const [report, manager] of managerOf) {
    inChart.add(report);
    inChart.add(manager);
  }
  const order = new Map(deal.stakeholders.map((stakeholder, index) => [stakeholder.id, index]));
  const chartIds = deal.stakeholders.map((s) => s.id).filter((id) => inChart.has(id));

  const positions: StakeholderPositions = layoutChart(chartIds, managerOf, order);
  const stepX = NODE_WIDTH + GAP_X;
  // Decision-makers outside the chart join its top row; everyone else gathers in rows below.
  const chartBounds = boundsOf(Object.values(positions));
  const topRowStart = chartBounds ? chartBounds.maxX + GAP_X : 0;
  const looseDecisionMakers = deal.stakeholders.filter((s) => !inChart.has(s.id) && s.role === 'decision-maker');
  looseDecisionMakers.forEach((stakeholder, index) => {
    positions[stakeholder.id] = { x: topRowStart + index * stepX, y: 0 };
  });
  const others = deal.stakeholders.filter((s) => !inChart.has(s.id) && s.role !== 'decision-maker');
  placeInRowsBelow(positions, others.map((s) => s.id));
  return positions;
}

/** Rows under everything placed so far, centred on it, at least three cards wide. */
function placeInRowsBelow(positions: StakeholderPositions, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const stepX = NODE_WIDTH + GAP_X;
  const bounds = boundsOf(Object.values(positions));
  const top = bounds ? bounds.maxY + GAP_Y : 0;
  const width = bounds ? bounds.maxX - bounds.minX + GAP_X : 0;
  const columns = Math.max(3, Math.round(width / stepX), Math.ceil(Math.sqrt(ids.length)));
  const centre = bounds ? (bounds.minX + bounds.maxX) / 2 : (Math.min(columns, ids.length) * stepX - GAP_X) / 2;
  ids.forEach((id, index) => {
    const row = Math.floor(index / columns);
    const inRow = Math.min(columns, ids.length - row * columns);
    const left = centre - (inRow * stepX - GAP_X) / 2;
    positions[id] = {
      x: Math.round(left + (index % columns) * stepX),
      y: top + row * (NODE_HEIGHT + GAP_Y),
    };
  });
}

function layoutChart(
  chartIds: readonly string[],
  managerOf: ReadonlyMap<string, string>,
  order: ReadonlyMap<string, number>,
): StakeholderPositions {
  if (chartIds.length === 0) return emptyIdRecord();
  const rows: TreeRow[] = [
    { id: VIRTUAL_ROOT, parentId: undefined, order: -1 },
    ...chartIds.map((id) => ({
      id,
      parentId: managerOf.get(id) ?? VIRTUAL_ROOT,
      order: order.get(id) ?? 0,
    })),
  ];
  const root = stratify<TreeRow>()
    .id((row) => row.id)
    .parentId((row) => row.parentId)(rows)
    .sort((a, b) => a.data.order - b.data.order);
  const laidOut = tree<TreeRow>()
    .nodeSize([NODE_WIDTH + GAP_X, NODE_HEIGHT + GAP_Y])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.2))(root);

  const positions: StakeholderPositions = emptyIdRecord();
  let minX = Infinity;
  for (const node of laidOut.descendants()) {
    if (node.data.id !== VIRTUAL_ROOT) minX = Math.min(minX, node.x);
  }
  for (const node of laidOut.descendants()) {
    if (node.data.id === VIRTUAL_ROOT) continue;
    // Depth 1 (the real roots) becomes the top row.
    positions[node.data.id] = {
      x: Math.round(node.x - minX),
      y: Math.round(node.y - (NODE_HEIGHT + GAP_Y)),
    };
  }
  return positions;
}
