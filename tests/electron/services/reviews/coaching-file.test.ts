// The coaching file beside a review, on real folders: what a save writes, reviews of the first version, damage and hand edits.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildDealWithSaboteur, buildHealthyDeal } from '../../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../../support/temp-workspace';
import { coachingPath, putReviewFile, readText, rejection, reviewPath, servicesFor } from './review-support';

const workspace = useTempWorkspace();
const services = () => servicesFor(workspace());

const coaching = { notes: 'Ask Eva who signs.', actionItems: [{ id: 'a1', text: 'Book the CFO', owner: 'Sara', due: '2026-12-01', done: false }] };

async function startWithTwoDeals() {
  await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
  await putDealFile(workspace(), 'acme-erp.json', buildDealWithSaboteur());
  return services().startReview({ asOf: '2026-11-27' });
}

describe('the coaching file', () => {
  it('takes every save; the review file with every snapshot is never written again', async () => {
    const review = await startWithTwoDeals();
    const reviewText = await readText(reviewPath(workspace(), review.id));
    await services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 1, coaching });
    await services().saveCoaching({ reviewId: review.id, dealId: 'acme-erp', revision: 2, coaching: { notes: 'Counter Anders.', actionItems: [] } });

    expect(await readText(reviewPath(workspace(), review.id))).toBe(reviewText);
    const expected = {
      schemaVersion: 1,
      reviewId: '2026-11-27',
      revision: 3,
      coaching: { 'northwind-erp': coaching, 'acme-erp': { notes: 'Counter Anders.', actionItems: [] } },
    };
    expect(await readText(coachingPath(workspace(), review.id))).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(await services().getReview({ id: review.id })).toEqual({ ...review, revision: 3, coaching: expected.coaching });
    expect((await services().listReviews({})).reviews).toEqual([{ id: '2026-11-27', startedAt: review.startedAt, asOf: '2026-11-27', dealCount: 2 }]);
  });

  it('carries open action items into the next review from the coaching file', async () => {
    const review = await startWithTwoDeals();
    await services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 1, coaching });
    const next = await services().startReview({ asOf: '2026-12-04' });
    expect(next.coaching).toEqual({ 'northwind-erp': { notes: '', actionItems: [{ ...coaching.actionItems[0], carriedFrom: '2026-11-27' }] } });
  });

  it('reads a review of the first version (coaching inside the review file) and saves on from its revision', async () => {
    const review = await startWithTwoDeals();
    const earlier = { notes: 'Written by the first version.', actionItems: [] };
    const firstVersion = { ...review, revision: 3, coaching: { 'acme-erp': earlier } };
    await putReviewFile(workspace(), review.id, `${JSON.stringify(firstVersion, null, 2)}\n`);
    expect(await services().getReview({ id: review.id })).toEqual(firstVersion);

    const stale = await rejection(services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 2, coaching }));
    expect(stale.code).toBe('conflict');
    const saved = await services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 3, coaching });
    expect(saved.revision).toBe(4);
    expect(await services().getReview({ id: review.id })).toEqual({ ...firstVersion, revision: 4, coaching: { 'acme-erp': earlier, 'northwind-erp': coaching } });
  });

  it('checks the revision against the coaching file on disk at every save, hand edits included', async () => {
    const review = await startWithTwoDeals();
    await services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 1, coaching });
    const path = coachingPath(workspace(), review.id);
    const edited = JSON.parse(await readText(path)) as { revision: number };
    await writeFile(path, JSON.stringify({ ...edited, revision: 7 }));
    const error = await rejection(services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 2, coaching }));
    expect(error.message).toContain('it is at revision 7, your edit started from revision 2');
    expect((await services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 7, coaching })).revision).toBe(8);
  });

  it('makes the review unreadable while its coaching file is damaged, and never writes over it', async () => {
    const review = await startWithTwoDeals();
    const path = coachingPath(workspace(), review.id);
    await writeFile(path, '{"schemaVersion": 1, "reviewId": "2026-11-27", "revision": 0, "coaching": {}}');
    const read = await rejection(services().getReview({ id: review.id }));
    expect(read).toMatchObject({ code: 'unreadable-file' });
    expect(read.message).toContain('reviews/2026-11-27.coaching.json: revision: expected an integer >= 1');
    expect((await services().listReviews({})).problems.map((problem) => problem.file)).toEqual(['reviews/2026-11-27.coaching.json']);
    const save = await rejection(services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 1, coaching }));
    expect(save.code).toBe('unreadable-file');
    expect(await readFile(path, 'utf8')).toContain('"revision": 0');
  });

  it('names a coaching file that belongs to another review', async () => {
    const review = await startWithTwoDeals();
    await writeFile(coachingPath(workspace(), review.id), JSON.stringify({ schemaVersion: 1, reviewId: '2026-11-20', revision: 2, coaching: {} }));
    const error = await rejection(services().getReview({ id: review.id }));
    expect(error.message).toContain('reviews/2026-11-27.coaching.json: reviewId: "2026-11-20" does not match the file name');
  });

  it('sees a review file changed by hand after it was read, and refuses to coach a damaged one', async () => {
    const review = await startWithTwoDeals();
    await services().getReview({ id: review.id });
    const onlyAcme = { ...review, deals: review.deals.filter((deal) => deal.id === 'acme-erp') };
    await putReviewFile(workspace(), review.id, JSON.stringify(onlyAcme));
    expect((await services().getReview({ id: review.id })).deals.map((deal) => deal.id)).toEqual(['acme-erp']);
    const gone = await rejection(services().saveCoaching({ reviewId: review.id, dealId: 'northwind-erp', revision: 1, coaching }));
    expect(gone.code).toBe('not-found');

    await putReviewFile(workspace(), review.id, JSON.stringify({ ...onlyAcme, revision: 'one' }));
    const damaged = await rejection(services().saveCoaching({ reviewId: review.id, dealId: 'acme-erp', revision: 1, coaching }));
    expect(damaged.code).toBe('unreadable-file');
    await rm(reviewPath(workspace(), review.id));
    expect((await rejection(services().getReview({ id: review.id }))).code).toBe('not-found');
  });

  it('gives a new review another id than a coaching file left without its review', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    await putReviewFile(workspace(), '2026-11-27.coaching', JSON.stringify({ schemaVersion: 1, reviewId: '2026-11-27', revision: 5, coaching: {} }));
    const review = await services().startReview({ asOf: '2026-11-27' });
    expect(review.id).toBe('2026-11-27-2');
    expect(review.revision).toBe(1);
  });
});
