// Reviews on a generated 5,000-deal workspace: start a review, compare with it, save coaching, diff in memory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDealmapServices } from '../../electron/services/dealmap-services';
import { DEFAULT_GENERATE_AS_OF, generateDeals, writeGeneratedWorkspace } from '../../electron/services/generate';
import { qualifyDeal } from '../../shared/engine/qualify-deal';
import { snapshotDeal, type DealSnapshot } from '../../shared/review/deal-snapshot';
import { pipelineChanges } from '../../shared/review/pipeline-changes';
import { measure, report } from './bench-kit';

const DEALS = 5_000;
const asOf = DEFAULT_GENERATE_AS_OF;
const deals = generateDeals({ deals: DEALS, seed: 2026, asOf });

const before = deals.map((deal) => snapshotDeal(deal, qualifyDeal(deal, { asOf })));
/** Every third deal slips a month and loses its first stakeholder. */
const after: DealSnapshot[] = before.map((snapshot, index) =>
  index % 3 === 0 ? { ...snapshot, closeDate: '2027-12-31', stakeholders: snapshot.stakeholders.slice(1) } : snapshot,
);
report('pipelineChanges: 5,000 deal snapshots, a third changed', await measure(() => pipelineChanges(before, after), 15));

const workspace = await mkdtemp(join(tmpdir(), 'dealmap-reviews-bench-'));
try {
  await writeGeneratedWorkspace(workspace, deals);
  const services = createDealmapServices({ workspace });
  const review = await services.startReview({ asOf });
  report('startReview: snapshot a 5,000-deal workspace to one file', await measure(() => services.startReview({ asOf }), 5, 1));
  report('reviewChanges: read, qualify and compare 5,000 deals', await measure(() => services.reviewChanges({ asOf }), 5, 1));
  const dealId = review.deals[0]?.id ?? '';
  let revision = review.revision;
  report(
    'saveCoaching: one deal\'s notes in a 5,000-deal review',
    await measure(async () => {
      ({ revision } = await services.saveCoaching({ reviewId: review.id, dealId, revision, coaching: { notes: `rev ${revision}`, actionItems: [] } }));
    }, 9, 1),
  );
} finally {
  await rm(workspace, { recursive: true, force: true });
}
