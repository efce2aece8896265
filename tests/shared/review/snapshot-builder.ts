// Deal snapshots for the review tests: a healthy deal as a review records it, and small edits of it.
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import type { Deal } from '../../../shared/model/deal-schema';
import { snapshotDeal, type DealSnapshot, type GapSnapshot, type StakeholderSnapshot } from '../../../shared/review/deal-snapshot';
import { buildHealthyDeal, TEST_AS_OF } from '../../support/deal-builder';

/** The deal as a review taken on TEST_AS_OF records it. */
export function snapshotOf(deal: Deal): DealSnapshot {
  return snapshotDeal(deal, qualifyDeal(deal, { asOf: TEST_AS_OF }));
}

/** ERP replacement (northwind-erp): qualified, no gaps; Eva Berg (CFO) decides, Anders Holm influences her. */
export function healthySnapshot(overrides: Partial<DealSnapshot> = {}): DealSnapshot {
  return { ...snapshotOf(buildHealthyDeal()), ...overrides };
}

export function withPerson(snapshot: DealSnapshot, id: string, changes: Partial<StakeholderSnapshot>): DealSnapshot {
  return {
    ...snapshot,
    stakeholders: snapshot.stakeholders.map((person) => (person.id === id ? { ...person, ...changes } : person)),
  };
}

export function withGaps(snapshot: DealSnapshot, gaps: readonly GapSnapshot[]): DealSnapshot {
  return { ...snapshot, qualification: { ...snapshot.qualification, gaps: [...gaps] } };
}

export function withStage(snapshot: DealSnapshot, stage: DealSnapshot['qualification']['stage']): DealSnapshot {
  return { ...snapshot, qualification: { ...snapshot.qualification, stage } };
}

export const BLOCKER: GapSnapshot = {
  id: 'need-unconfirmed',
  code: 'need-unconfirmed',
  severity: 'blocker',
  message: 'The need is not confirmed.',
};

export const STALE_EVA: GapSnapshot = {
  id: 'stale-decision-maker:eva',
  code: 'stale-decision-maker',
  severity: 'warning',
  message: 'Eva Berg was last contacted more than 30 days ago.',
};
