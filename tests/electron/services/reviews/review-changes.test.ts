// reviewChanges and saveCoaching on real folders: a deal changed through the services shows up; stale saves refused.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../support/english-gaps';
import { callApi } from '../../../../electron/services/api-dispatch';
import { buildDeal, buildHealthyDeal, stakeholder, withStakeholder } from '../../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../../support/temp-workspace';
import { coachingPath, putReviewFile, readText, rejection, servicesFor } from './review-support';

const workspace = useTempWorkspace();
const services = () => servicesFor(workspace());

describe('reviewChanges', () => {
  it('shows a deal changed through the services since the last review', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    await services().startReview({ asOf: '2026-11-27' });
    const deal = await services().getDeal({ id: 'northwind-erp' });
    const edited = { ...withStakeholder(deal, 'anders', { stance: 'saboteur' }), closeDate: '2027-05-31' };
    await services().saveDeal({ deal: edited });
    const report = await services().reviewChanges({ asOf: '2026-11-30' });
    expect(report.review).toMatchObject({ id: '2026-11-27', dealCount: 1 });
    expect(report.asOf).toBe('2026-11-30');
    expect(report.problems).toEqual([]);
    expect(report.changes.summary.slipped).toEqual([{ dealId: 'northwind-erp', dealName: 'ERP replacement' }]);
    const texts = report.changes.deals[0]?.changes.map((change) => inEnglish(change.line));
    expect(texts).toContain('Close date slipped from 2027-02-28 to 2027-05-31.');
    expect(texts).toContain("Anders Holm's stance changed from supporter to saboteur.");
  });

  it('shows deals created and deleted since the review', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    await services().startReview({ asOf: '2026-11-27' });
    await services().createDeal({ name: 'Fresh deal', account: 'Fresh AB' });
    await services().deleteDeal({ id: 'northwind-erp', revision: 1 });
    const { summary } = (await services().reviewChanges({ asOf: '2026-11-30' })).changes;
    expect(summary.new).toEqual([{ dealId: 'fresh-deal', dealName: 'Fresh deal' }]);
    expect(summary.removed).toEqual([{ dealId: 'northwind-erp', dealName: 'ERP replacement' }]);
  });

  it('compares with the review --since names: an id, or the latest on or before a date', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ amount: 100 }));
    await services().startReview({ asOf: '2026-11-20' });
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ amount: 200 }));
    await services().startReview({ asOf: '2026-11-27' });
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ amount: 300 }));
    const amountFrom = async (since?: string) => {
      const report = await services().reviewChanges({ asOf: '2026-11-30', ...(since === undefined ? {} : { since }) });
      const change = report.changes.deals[0]?.changes[0];
      return [report.review?.id, change?.kind === 'amount-changed' ? change.from : null];
    };
    expect(await amountFrom()).toEqual(['2026-11-27', 200]);
    expect(await amountFrom('2026-11-20')).toEqual(['2026-11-20', 100]);
    expect(await amountFrom('2026-11-25')).toEqual(['2026-11-20', 100]);
    const error = await rejection(services().reviewChanges({ since: '2026-11-01' }));
    expect(error).toMatchObject({ code: 'not-found', message: 'No review on or before 2026-11-01.' });
  });

  it('takes a date as the latest review of that day, and <date>-1 or an id as that review alone', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ amount: 100 }));
    await services().startReview({ asOf: '2026-11-27' });
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ amount: 200 }));
    await services().startReview({ asOf: '2026-11-27' });
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ amount: 300 }));
    const reviewFor = async (since: string) => (await services().reviewChanges({ asOf: '2026-11-30', since })).review?.id;
    expect(await reviewFor('2026-11-27')).toBe('2026-11-27-2');
    expect(await reviewFor('2026-11-28')).toBe('2026-11-27-2');
    expect(await reviewFor('2026-11-27-1')).toBe('2026-11-27');
    expect(await reviewFor('2026-11-27-2')).toBe('2026-11-27-2');
    const missing = await rejection(services().reviewChanges({ asOf: '2026-11-30', since: '2026-11-27-3' }));
    expect(missing).toMatchObject({ code: 'not-found', message: 'No review "2026-11-27-3": reviews/2026-11-27-3.json does not exist.' });
    const viaApi = await callApi(services(), 'reviewChanges', { since: '2026-11-27-1', asOf: '2026-11-30' });
    expect(viaApi).toMatchObject({ ok: true, value: { review: { id: '2026-11-27' } } });
  });

  it('passes over a damaged latest review of the day named by date, and refuses one named by id', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    await services().startReview({ asOf: '2026-11-27' });
    await putReviewFile(workspace(), '2026-11-27-2', '[]');
    const report = await services().reviewChanges({ asOf: '2026-11-30', since: '2026-11-27' });
    expect(report.review?.id).toBe('2026-11-27');
    expect(report.problems.map((problem) => problem.file)).toEqual(['reviews/2026-11-27-2.json']);
    expect((await rejection(services().reviewChanges({ since: '2026-11-27-2' }))).code).toBe('unreadable-file');
  });

  it('answers review null and no changes when there is no review yet', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    const report = await services().reviewChanges({ asOf: '2026-11-30' });
    expect(report.review).toBeNull();
    expect(report.changes.summary).toMatchObject({ changedCount: 0, unchangedCount: 1 });
  });

  it('lists a deal file damaged since the review as a problem, not as a removed deal', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    await services().startReview({ asOf: '2026-11-27' });
    await putDealFile(workspace(), 'northwind-erp.json', buildDeal({ id: 'northwind-erp', stakeholders: [stakeholder({ id: 'x', influence: 9 })] }));
    const report = await services().reviewChanges({ asOf: '2026-11-30' });
    expect(report.changes.deals).toEqual([]);
    expect(report.problems.map((problem) => problem.file)).toEqual(['deals/northwind-erp.json']);
  });

  it('refuses --since naming a damaged review, and lists damaged reviews among the problems', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    await services().startReview({ asOf: '2026-11-20' });
    await putReviewFile(workspace(), '2026-11-27', 'null');
    expect((await rejection(services().reviewChanges({ since: '2026-11-27-1' }))).code).toBe('unreadable-file');
    expect((await services().reviewChanges({ since: '2026-11-27' })).review?.id).toBe('2026-11-20');
    const report = await services().reviewChanges({ asOf: '2026-11-30' });
    expect(report.review?.id).toBe('2026-11-20');
    expect(report.problems).toMatchObject([{ file: 'reviews/2026-11-27.json', message: 'reviews/2026-11-27.json: expected a review object, got null' }]);
  });
});

describe('saveCoaching', () => {
  const coaching = { notes: 'Ask Eva who signs.', actionItems: [{ id: 'a1', text: 'Book the CFO', owner: 'Sara', due: '2026-12-01', done: false }] };

  it('writes the coaching and bumps the revision', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    const review = await services().startReview({ asOf: '2026-11-27' });
    const saved = await services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 1, coaching });
    expect(saved).toEqual({ reviewId: review.id, dealId: 'northwind-erp', revision: 2, coaching });
    expect(await services().getReview({ id: review.id })).toEqual({ ...review, revision: 2, coaching: { 'northwind-erp': coaching } });
  });

  it('refuses a save that started from an older revision, leaving the file as the other save wrote it', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    const review = await services().startReview({ asOf: '2026-11-27' });
    await services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 1, coaching });
    const before = await readText(coachingPath(workspace(), review.id));
    const stale = { ...coaching, notes: 'An older tab.' };
    const error = await rejection(services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 1, coaching: stale }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'Review 2026-11-27 (reviews/2026-11-27.json) changed on disk: it is at revision 2, your edit started from revision 1. Reload the review; your coaching was not saved.',
    );
    expect(await readText(coachingPath(workspace(), review.id))).toBe(before);
  });

  it('lets only one of two saves from the same revision win', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    const review = await services().startReview({ asOf: '2026-11-27' });
    const save = (notes: string) =>
      services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 1, coaching: { ...coaching, notes } });
    const results = await Promise.allSettled([save('first'), save('second')]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('refuses coaching for a deal the review does not hold, and a damaged review', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    const review = await services().startReview({ asOf: '2026-11-27' });
    const missing = await rejection(services().saveCoaching({ reviewId: review.id, dealId: 'other', revision: 1, coaching }));
    expect(missing.code).toBe('not-found');
    const path = await putReviewFile(workspace(), '2026-11-28', '[]');
    const damaged = await rejection(services().saveCoaching({ reviewId: '2026-11-28', dealId: 'northwind-erp', revision: 1, coaching }));
    expect(damaged.code).toBe('unreadable-file');
    expect(await readFile(path, 'utf8')).toBe('[]');
  });

  it('validates the payload at the API: a bad due date names the field', async () => {
    const result = await callApi(services(), 'saveCoaching', {
      reviewId: '2026-11-27',
      dealId: 'northwind-erp',
      revision: 1,
      coaching: { notes: '', actionItems: [{ id: 'a1', text: 'x', owner: '', due: 'friday', done: false }] },
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-payload', message: 'saveCoaching: coaching.actionItems[0].due: expected a date as YYYY-MM-DD' },
    });
  });
});
