// startReview and listReviews on real folders: snapshots, ids per day, carry-over, damaged files left alone.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDeal, buildHealthyDeal, decisionMaker, stakeholder } from '../../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../../support/temp-workspace';
import { NOW, putReviewFile, readText, rejection, reviewPath, servicesFor } from './review-support';

const workspace = useTempWorkspace();
const services = () => servicesFor(workspace());

beforeEach(async () => {
  await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
  await putDealFile(workspace(), 'empty.json', buildDeal({ id: 'empty', name: 'Empty deal' }));
});

describe('startReview', () => {
  it('snapshots every readable deal, qualified as of the review date, into reviews/<date>.json', async () => {
    await putDealFile(workspace(), 'broken.json', '{ "schemaVersion": 1,');
    const review = await services().startReview({ asOf: '2026-11-27' });
    expect(review).toMatchObject({ schemaVersion: 1, id: '2026-11-27', startedAt: NOW.toISOString(), asOf: '2026-11-27', revision: 1, coaching: {} });
    expect(review.deals.map((deal) => [deal.id, deal.qualification.stage])).toEqual([
      ['empty', 'lead'],
      ['northwind-erp', 'qualified'],
    ]);
    const text = await readText(reviewPath(workspace(), '2026-11-27'));
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(review);
    expect(await services().getReview({ id: '2026-11-27' })).toEqual(review);
  });

  it('qualifies with the workspace settings', async () => {
    const deal = buildHealthyDeal({
      stakeholders: [decisionMaker({ id: 'eva', name: 'Eva Berg', stance: 'champion', interest: 'committed', lastContact: '2026-11-17' }),
        stakeholder({ id: 'anders', interest: 'general-info', stance: 'supporter' })],
    });
    await putDealFile(workspace(), 'northwind-erp.json', deal);
    const withDefaults = await services().startReview({ asOf: '2026-11-27' });
    await writeFile(join(workspace(), 'settings.json'), JSON.stringify({ staleContactDays: 5 }));
    const withSettings = await services().startReview({ asOf: '2026-11-27' });
    const gapIds = (review: typeof withDefaults) =>
      review.deals.find((entry) => entry.id === 'northwind-erp')?.qualification.gaps.map((gap) => gap.id);
    expect(gapIds(withDefaults)).not.toContain('stale-decision-maker:eva');
    expect(gapIds(withSettings)).toContain('stale-decision-maker:eva');
  });

  it('refuses to start on a damaged settings.json, writing no review', async () => {
    await writeFile(join(workspace(), 'settings.json'), '{ "staleContactDays": 0 }');
    const error = await rejection(services().startReview({ asOf: '2026-11-27' }));
    expect(error.code).toBe('unreadable-file');
    expect(error.message).toContain('settings.json: staleContactDays: ');
    expect((await services().listReviews({})).reviews).toEqual([]);
  });

  it('gives a second review the same day the id <date>-2 and leaves the first as it was', async () => {
    const first = await services().startReview({ asOf: '2026-11-27' });
    const firstText = await readText(reviewPath(workspace(), first.id));
    const second = await services().startReview({ asOf: '2026-11-27' });
    expect(second.id).toBe('2026-11-27-2');
    expect(await readText(reviewPath(workspace(), first.id))).toBe(firstText);
    expect((await readdir(join(workspace(), 'reviews'))).sort()).toEqual(['2026-11-27-2.json', '2026-11-27.json']);
  });

  it('gives two reviews started at once two ids', async () => {
    const [one, two] = await Promise.all([services().startReview({ asOf: '2026-11-27' }), services().startReview({ asOf: '2026-11-27' })]);
    expect([one.id, two.id].sort()).toEqual(['2026-11-27', '2026-11-27-2']);
  });

  it('carries open action items of the previous review into the next, not notes, not done items', async () => {
    const first = await services().startReview({ asOf: '2026-11-27' });
    const open = { id: 'a1', text: 'Meet the auditors', owner: 'Sara Lind', due: '2026-12-04', done: false };
    const done = { id: 'a2', text: 'Send the value case', owner: 'Sara Lind', due: null, done: true };
    await services().saveCoaching({
      reviewId: first.id,
      dealId: 'northwind-erp',
      revision: 1,
      coaching: { notes: 'Eva worries about the timeline.', actionItems: [open, done] },
    });
    const second = await services().startReview({ asOf: '2026-12-04' });
    expect(second.coaching).toEqual({
      'northwind-erp': { notes: '', actionItems: [{ ...open, carriedFrom: '2026-11-27' }] },
    });
    // Still open a review later: it keeps naming the review it was written in.
    const third = await services().startReview({ asOf: '2026-12-11' });
    expect(third.coaching['northwind-erp']?.actionItems).toEqual([{ ...open, carriedFrom: '2026-11-27' }]);
  });

  it('keeps open action items of a deal whose file is damaged when a review starts, for the review after it', async () => {
    const first = await services().startReview({ asOf: '2026-11-20' });
    const open = { id: 'a1', text: 'Call the CFO', owner: 'Sara Lind', due: null, done: false };
    await services().saveCoaching({ reviewId: first.id, dealId: 'northwind-erp', revision: 1, coaching: { notes: 'Not carried.', actionItems: [open] } });
    const path = join(workspace(), 'deals', 'northwind-erp.json');
    const good = await readText(path);
    await writeFile(path, good.slice(0, 50));
    const second = await services().startReview({ asOf: '2026-11-27' });
    expect(second.deals.map((deal) => deal.id)).toEqual(['empty']);
    // The deal was not reviewed, but its open items wait in this review for the next one.
    expect(second.coaching).toEqual({ 'northwind-erp': { notes: '', actionItems: [{ ...open, carriedFrom: first.id }] } });
    await writeFile(path, good);
    const third = await services().startReview({ asOf: '2026-12-04' });
    expect(third.coaching['northwind-erp']).toEqual({ notes: '', actionItems: [{ ...open, carriedFrom: first.id }] });
  });

  it('does not carry items of a deal deleted before the review, nor of a damaged file that never had coaching', async () => {
    const first = await services().startReview({ asOf: '2026-11-20' });
    const open = { id: 'a1', text: 'Call the CFO', owner: 'Sara Lind', due: null, done: false };
    await services().saveCoaching({ reviewId: first.id, dealId: 'northwind-erp', revision: 1, coaching: { notes: '', actionItems: [open] } });
    await services().deleteDeal({ id: 'northwind-erp', revision: 1 });
    await putDealFile(workspace(), 'broken.json', '{ "schemaVersion": 1,');
    const second = await services().startReview({ asOf: '2026-11-27' });
    expect(second.coaching).toEqual({});
  });

  it('works in a workspace with no deals folder yet', async () => {
    const review = await servicesFor(join(workspace(), 'fresh')).startReview({ asOf: '2026-11-27' });
    expect(review.deals).toEqual([]);
  });
});

describe('listReviews and damaged review files', () => {
  const damaged = '{ "schemaVersion": 1, "id": "2026-11-27", ';

  it('lists reviews newest first, and a damaged file as a problem with file and reason, untouched', async () => {
    await services().startReview({ asOf: '2026-11-20' });
    const path = await putReviewFile(workspace(), '2026-11-27', damaged);
    const listing = await services().listReviews({});
    expect(listing.reviews).toEqual([{ id: '2026-11-20', startedAt: NOW.toISOString(), asOf: '2026-11-20', dealCount: 2 }]);
    expect(listing.problems).toEqual([
      {
        file: 'reviews/2026-11-27.json',
        message: expect.stringMatching(/^reviews\/2026-11-27\.json: not valid JSON: /),
        issues: [{ path: '(document)', message: expect.stringContaining('not valid JSON'), reason: { id: 'file-problems.json-end' } }],
      },
    ]);
    const started = await services().startReview({ asOf: '2026-11-27' });
    expect(started.id).toBe('2026-11-27-2');
    expect(await readText(path)).toBe(damaged);
    const error = await rejection(services().getReview({ id: '2026-11-27' }));
    expect(error.code).toBe('unreadable-file');
    expect(await readText(path)).toBe(damaged);
  });

  it('names the field of a review that breaks the format, and an id that does not match its file', async () => {
    const review = await services().startReview({ asOf: '2026-11-20' });
    const broken = { ...review, id: '2026-11-21', deals: [{ ...review.deals[0], status: 'maybe' }] };
    await putReviewFile(workspace(), '2026-11-21', JSON.stringify({ ...review, id: '2026-11-21', revision: 0 }));
    await putReviewFile(workspace(), '2026-11-22', JSON.stringify(broken));
    await putReviewFile(workspace(), '2026-11-23', JSON.stringify(review));
    const { problems } = await services().listReviews({});
    expect(problems.map((problem) => problem.message)).toEqual([
      'reviews/2026-11-21.json: revision: expected an integer >= 1',
      'reviews/2026-11-22.json: deals[0].status: expected open, won or lost',
      'reviews/2026-11-23.json: id: "2026-11-20" does not match the file name; expected the file to be named 2026-11-20.json',
    ]);
  });

  it('names a review file written by a newer Dealmap', async () => {
    await putReviewFile(workspace(), '2026-11-27', JSON.stringify({ schemaVersion: 2 }));
    const { problems } = await services().listReviews({});
    expect(problems[0]?.message).toBe('reviews/2026-11-27.json: schemaVersion: version 2 is newer than this Dealmap reads (1); update Dealmap to open it');
  });

  it('answers not-found for a review that does not exist', async () => {
    const error = await rejection(services().getReview({ id: '2026-01-01' }));
    expect(error).toMatchObject({ code: 'not-found', message: 'No review "2026-01-01": reviews/2026-01-01.json does not exist.' });
  });
});
