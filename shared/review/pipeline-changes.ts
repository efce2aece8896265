// What changed across the pipeline since a review: every deal's changes and the coach's summary.
import type { DealChanges, DealRef, PipelineChanges } from './change-types';
import { dealChanges } from './deal-changes';
import type { DealSnapshot } from './deal-snapshot';
import { compareNameThenId } from './text-order';

function compareDealChanges(a: DealChanges, b: DealChanges): number {
  return compareNameThenId({ name: a.dealName, id: a.dealId }, { name: b.dealName, id: b.dealId });
}

function refs(deals: readonly DealChanges[], keep: (deal: DealChanges) => boolean): DealRef[] {
  return deals.filter(keep).map(({ dealId, dealName }) => ({ dealId, dealName }));
}

/**
 * Matches deals by id. `before` is the review's snapshots, `after` the workspace now; the input
 * order does not matter. Deals in both sides are the only ones that can advance, slip, gain or
 * clear blockers; the others are new or removed.
 */
export function pipelineChanges(before: readonly DealSnapshot[], after: readonly DealSnapshot[]): PipelineChanges {
  const earlier = new Map(before.map((deal) => [deal.id, deal]));
  const later = new Map(after.map((deal) => [deal.id, deal]));
  const ids = new Set([...earlier.keys(), ...later.keys()]);
  return pipelineChangesOf([...ids].map((id) => dealChanges(earlier.get(id), later.get(id))));
}

/** The same from each deal's dealChanges, made in any order (deal by deal as a workspace streams past); sorts `deals` in place. */
export function pipelineChangesOf(deals: DealChanges[]): PipelineChanges {
  deals.sort(compareDealChanges);
  const changedCount = deals.filter((deal) => deal.changes.length > 0).length;
  return {
    summary: {
      advanced: refs(deals, (deal) => deal.advanced),
      fellBack: refs(deals, (deal) => deal.fellBack),
      slipped: refs(deals, (deal) => deal.slipped),
      gainedBlockers: refs(deals, (deal) => deal.gainedBlockers),
      clearedBlockers: refs(deals, (deal) => deal.clearedBlockers),
      new: refs(deals, (deal) => deal.presence === 'new'),
      removed: refs(deals, (deal) => deal.presence === 'removed'),
      changedCount,
      unchangedCount: deals.length - changedCount,
    },
    deals,
  };
}
