// The positions the map shows: the deal's saved layout, completed for stakeholders not yet placed.
import type { Deal, Position } from '../model/deal-schema';
import { autoLayout, type StakeholderPositions } from './auto-layout';
import { GAP_Y, NODE_HEIGHT, NODE_WIDTH, boundsOf, findFreeSlot } from './layout-geometry';
import { emptyIdRecord, ownValue } from '../model/id-record';

type LayoutDeal = Pick<Deal, 'stakeholders' | 'relations' | 'layout'>;

/**
 * Every stakeholder's position: a deal with no saved position is auto-laid out; otherwise saved
 * positions are kept and each stakeholder without one gets the first free slot.
 */
export function completeLayout(deal: LayoutDeal): StakeholderPositions {
  const saved = deal.layout ?? {};
  const placed = deal.stakeholders.filter((stakeholder) => ownValue(saved, stakeholder.id) !== undefined);
  if (placed.length === 0) return autoLayout(deal);
  const positions: StakeholderPositions = emptyIdRecord();
  for (const stakeholder of placed) {
    const position = ownValue(saved, stakeholder.id);
    // A copy that keeps fields Dealmap does not know.
    if (position) positions[stakeholder.id] = { ...position };
  }
  for (const stakeholder of deal.stakeholders) {
    if (Object.hasOwn(positions, stakeholder.id)) continue;
    positions[stakeholder.id] = findFreeSlot(Object.values(positions));
  }
  return positions;
}

/**
 * Where the "add a decision-maker" invitation goes: centred above the cards, where the org
 * chart's top would be.
 */
export function placeholderPosition(positions: readonly Position[]): Position {
  const bounds = boundsOf(positions);
  if (!bounds) return { x: 0, y: 0 };
  return {
    x: Math.round((bounds.minX + bounds.maxX) / 2 - NODE_WIDTH / 2),
    y: bounds.minY - NODE_HEIGHT - GAP_Y,
  };
}
