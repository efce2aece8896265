// A small pipeline with a review and later changes, for the review pack's tests.
import { qualifyDeal } from '../../../shared/engine';
import type { Qualification } from '../../../shared/engine/types';
import { reviewPackInput, type ReviewPackInput } from '../../../shared/export/review-pack-input';
import type { Deal } from '../../../shared/model/deal-schema';
import { pipelineRows } from '../../../shared/pipeline';
import { pipelineChanges, snapshotDeal, type Review } from '../../../shared/review';
import { TEST_AS_OF, buildDealWithSaboteur, buildHealthyDeal, stakeholder } from '../../support/deal-builder';

export const qualify = (deal: Deal): Qualification => qualifyDeal(deal, { asOf: TEST_AS_OF });

export const healthy = buildHealthyDeal({ closeDate: '2027-01-31' });
export const saboteurDeal = buildDealWithSaboteur({ name: 'Risky <ERP> & "more"', closeDate: '2027-03-31', amount: 250000 });

/** The saboteur deal as the review saw it: no saboteur yet, an earlier close date. */
const saboteurAtReview: Deal = {
  ...saboteurDeal,
  closeDate: '2027-02-28',
  stakeholders: saboteurDeal.stakeholders.filter((person) => person.id !== 'anders'),
  relations: [],
};

export function reviewOf(deals: readonly Deal[]): Review {
  return {
    schemaVersion: 1,
    id: '2026-11-01',
    startedAt: '2026-11-01T09:00:00.000Z',
    asOf: '2026-11-01',
    revision: 2,
    deals: deals.map((deal) => snapshotDeal(deal, qualify(deal))),
    coaching: {
      'acme-erp': {
        notes: 'Ask Eva who else signs.\n| pipes | and *stars* stay text',
        actionItems: [
          { id: 'a1', text: 'Meet Anders [IT]', owner: 'Sara Lind', due: '2026-12-05', done: false },
          { id: 'a2', text: 'Send the ROI case', owner: '', due: null, done: true, carriedFrom: '2026-10-01' },
        ],
      },
    },
  };
}

export function packInput(options: { readonly withReview: boolean; readonly maxDeals?: number }): ReviewPackInput {
  const deals = [saboteurDeal, healthy];
  const review = options.withReview ? reviewOf([saboteurAtReview, healthy]) : null;
  const now = deals.map((deal) => snapshotDeal(deal, qualify(deal)));
  return reviewPackInput({
    asOf: TEST_AS_OF,
    deals,
    qualify,
    rows: pipelineRows(deals, qualify),
    review,
    changes: review ? pipelineChanges(review.deals, now) : null,
    maxDeals: options.maxDeals,
    scope: 'Owner Sara Lind',
  });
}

export const extraStakeholder = stakeholder({ id: 'extra' });
