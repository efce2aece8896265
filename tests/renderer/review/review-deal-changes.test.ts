import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../../shared/settings/workspace-settings';
import { REVIEW_SCHEMA_VERSION, snapshotDeal, type Review } from '../../../shared/review';
import { changesBadgeText, liveDealChanges } from '../../../renderer/state/review-deal-changes';
import { dealmapIntl } from '../../../shared/i18n';

/** The English words, as a component without a language provider says them. */
const english = (id: string, values?: Record<string, string | number>) => dealmapIntl('en').formatMessage({ id }, values);
import { buildDealWithSaboteur, withStakeholder } from '../../support/deal-builder';

const AS_OF = '2026-11-27';

function reviewOf(...deals: ReturnType<typeof buildDealWithSaboteur>[]): Review {
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    id: '2026-11-20',
    startedAt: '2026-11-20T09:00:00.000Z',
    asOf: '2026-11-20',
    revision: 1,
    deals: deals.map((deal) => snapshotDeal(deal, qualifyDeal(deal, { asOf: AS_OF }))),
    coaching: {},
  };
}

describe('live changes of the open deal', () => {
  it('compares the working copy with the review and sums it up for a table row', () => {
    const deal = buildDealWithSaboteur({ closeDate: '2027-02-28' });
    const review = reviewOf(deal);
    const same = liveDealChanges(deal, review, AS_OF, DEFAULT_WORKSPACE_SETTINGS);
    expect(same.changes).toEqual([]);
    expect(changesBadgeText(english, same)).toBeNull();

    const edited = withStakeholder({ ...deal, closeDate: '2027-04-30' }, 'anders', { stance: 'neutral' });
    const changes = liveDealChanges(edited, review, AS_OF, DEFAULT_WORKSPACE_SETTINGS);
    expect(changes.slipped).toBe(true);
    expect(changes.changes.map((change) => change.kind)).toEqual(expect.arrayContaining(['close-date-changed', 'stance-changed', 'gap-closed']));
    expect(changesBadgeText(english, changes)).toBe(`${changes.changes.length} changes · slipped`);
    // The same deal object, review, date and settings: the answer is reused, not recomputed.
    expect(liveDealChanges(edited, review, AS_OF, DEFAULT_WORKSPACE_SETTINGS)).toBe(changes);
  });

  it('calls a deal the review never saw new', () => {
    const other = buildDealWithSaboteur({ id: 'other-deal', name: 'Other' });
    const changes = liveDealChanges(other, reviewOf(buildDealWithSaboteur()), AS_OF, DEFAULT_WORKSPACE_SETTINGS);
    expect(changes.presence).toBe('new');
    expect(changesBadgeText(english, changes)).toBe('New');
  });
});
