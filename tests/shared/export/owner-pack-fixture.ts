// One account executive's deals with a review and later changes, for the one-to-one pack's tests.
import { qualifyDeal } from '../../../shared/engine';
import type { Qualification } from '../../../shared/engine/types';
import { buildOwnerPackInput } from '../../../shared/export/review-pack-owner-build';
import type { OwnerPackInput } from '../../../shared/export/review-pack-owner-input';
import type { Deal } from '../../../shared/model/deal-schema';
import { pipelineRows } from '../../../shared/pipeline';
import { pipelineChanges, snapshotDeal, type Review } from '../../../shared/review';
import { defaultWorkspaceSettings, type WorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { buildDeal, buildDealWithSaboteur, buildHealthyDeal, TEST_AS_OF } from '../../support/deal-builder';

export const qualify = (deal: Deal): Qualification => qualifyDeal(deal, { asOf: TEST_AS_OF });

const owner = 'Sara Lind';
/** Blocked by a saboteur since the review, amount 250,000 SEK. */
export const turned = buildDealWithSaboteur({ id: 'turned', name: 'ERP replacement', account: 'Northwind AB', owner, amount: 250000 });
/** Healthy, but called commit with a blocker: challenged. Not changed since the review. */
export const called = buildDealWithSaboteur({ id: 'called', name: 'CRM rollout', account: 'Fabrikam AB', owner, forecastCategory: 'commit', amount: 90000 });
/** A lead, at risk (blockers), in EUR, unchanged. */
export const lead = buildDeal({ id: 'lead', name: 'Store pilot', account: 'Contoso GmbH', owner, currency: 'EUR', amount: 40000 });
/** Another lead in JPY (no rate): at risk, unchanged, its need questions the same words as the other lead's. */
export const yenLead = buildDeal({ id: 'yen-lead', name: 'Analytics pilot', account: 'Sakura K.K.', owner, currency: 'JPY', amount: 9000000 });
/** Healthy and unchanged: the table. */
export const fine = buildHealthyDeal({ id: 'fine', name: 'Payroll', account: 'Litware AB', owner, forecastCategory: 'best-case' });
/** Someone else's deal: never in Sara's pack. */
export const other = buildDealWithSaboteur({ id: 'other', name: 'Other deal', account: 'Other AB', owner: 'Jonas Ek' });

export const OWNER_DEALS = [turned, called, lead, yenLead, fine];

export const SETTINGS: WorkspaceSettings = {
  ...defaultWorkspaceSettings(),
  reportingCurrency: 'EUR',
  exchangeRates: { date: '2026-11-28', rates: { SEK: 0.1 } },
};

export function review(): Review {
  const atReview = [{ ...turned, stakeholders: turned.stakeholders.filter((person) => person.id !== 'anders'), relations: [] }, called, lead, yenLead, fine, other];
  return {
    schemaVersion: 1,
    id: '2026-11-01',
    startedAt: '2026-11-01T09:00:00.000Z',
    asOf: '2026-11-01',
    revision: 2,
    deals: atReview.map((deal) => snapshotDeal(deal, qualify(deal))),
    coaching: {
      turned: { notes: 'Who briefed Anders?', actionItems: [{ id: 'a1', text: 'Meet Anders', owner: 'Sara Lind', due: '2026-12-05', done: false }] },
      fine: { notes: '', actionItems: [{ id: 'a2', text: 'Send the contract', owner: 'Coach', due: '2026-12-01', done: false }, { id: 'a3', text: 'Done already', owner: 'Coach', due: null, done: true }] },
    },
  };
}

export async function ownerPack(options: { readonly withReview?: boolean; readonly settings?: WorkspaceSettings } = {}): Promise<OwnerPackInput> {
  const deals = [...OWNER_DEALS, other];
  const withReview = options.withReview ?? true;
  const before = review();
  const now = deals.map((deal) => snapshotDeal(deal, qualify(deal)));
  return buildOwnerPackInput({
    owner: 'sara lind',
    asOf: TEST_AS_OF,
    rows: pipelineRows(deals, qualify),
    review: withReview ? before : null,
    changes: withReview ? pipelineChanges(before.deals, now).deals : null,
    settings: options.settings ?? SETTINGS,
    fetchDeal: (id) => Promise.resolve(deals.find((deal) => deal.id === id) ?? null),
    qualify,
  });
}
