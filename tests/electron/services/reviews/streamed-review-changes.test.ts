// Changes since a review, computed deal by deal as the workspace streams past, equal the whole-pipeline comparison.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDeals, writeGeneratedWorkspace } from '../../../../electron/services/generate';
import { readExistingReview } from '../../../../electron/services/reviews/review-store';
import { snapshotWorkspace } from '../../../../electron/services/reviews/snapshot-workspace';
import { pipelineChanges } from '../../../../shared/review/pipeline-changes';
import { putDealFile, useTempWorkspace } from '../../../support/temp-workspace';
import { servicesFor } from './review-support';

const workspace = useTempWorkspace();

describe('review changes, deal by deal', () => {
  it('match pipelineChanges of the review and a whole snapshot: changed, new, removed and unreadable deals', async () => {
    const deals = generateDeals({ deals: 120, seed: 3, asOf: '2026-11-20' });
    await writeGeneratedWorkspace(workspace(), deals);
    const review = await servicesFor(workspace()).startReview({ asOf: '2026-11-20' });
    // Since the review: one removed, one broken, one new, and a later date moves stages and gaps.
    const [gone, broken] = deals;
    await rm(join(workspace(), 'deals', `${gone?.id ?? ''}.json`));
    await writeFile(join(workspace(), 'deals', `${broken?.id ?? ''}.json`), '{ "schemaVersion": 2,');
    const fresh = generateDeals({ deals: 121, seed: 4, asOf: '2026-11-20' })[120];
    if (fresh !== undefined) await putDealFile(workspace(), `${fresh.id}.json`, fresh);

    const report = await servicesFor(workspace()).reviewChanges({ since: review.id, asOf: '2026-12-20' });

    const before = (await readExistingReview(workspace(), review.id)).deals;
    const now = await snapshotWorkspace(workspace(), '2026-12-20');
    const expected = pipelineChanges(before.filter((deal) => !now.unreadableIds.has(deal.id)), now.deals);
    expect(report.changes).toEqual(expected);
    expect(report.problems.map((problem) => problem.file)).toEqual([`deals/${broken?.id ?? ''}.json`]);
    expect(expected.summary.removed.map((ref) => ref.dealId)).toEqual([gone?.id]);
    expect(expected.summary.new.map((ref) => ref.dealId)).toEqual([fresh?.id]);
    expect(expected.summary.changedCount).toBeGreaterThan(10);
  }, 60_000);

  it('with no review, lists every readable deal unchanged', async () => {
    await writeGeneratedWorkspace(workspace(), generateDeals({ deals: 30, seed: 8, asOf: '2026-11-20' }));
    const report = await servicesFor(workspace()).reviewChanges({ asOf: '2026-12-20' });
    const now = await snapshotWorkspace(workspace(), '2026-12-20');
    expect(report.review).toBeNull();
    expect(report.changes).toEqual(pipelineChanges(now.deals, now.deals));
    expect(report.changes.summary.unchangedCount).toBe(30);
  });
});
