// Reviews for the in-memory API double: the same shared snapshot, carry-over and change rules as the real store.
import type { ApiFailure, ApiInput, ApiOutputs, ApiResult } from '../../../shared/api/contract';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import type { Deal } from '../../../shared/model/deal-schema';
import { carryOpenActionItems, previousReview } from '../../../shared/review/carry-over';
import { snapshotDeal } from '../../../shared/review/deal-snapshot';
import { pipelineChanges } from '../../../shared/review/pipeline-changes';
import { compareReviewIds, resolveSinceReview, reviewIdFor } from '../../../shared/review/review-ids';
import { REVIEW_SCHEMA_VERSION, summarizeReview, type Review } from '../../../shared/review/review-schema';

const STARTED_AT = '2026-11-21T10:00:00.000Z';
const TODAY = '2026-11-30';

function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

function fail<T>(code: ApiFailure['code'], message: string): ApiResult<T> {
  return { ok: false, error: { code, message } };
}

export class InMemoryReviews {
  readonly reviews = new Map<string, Review>();

  constructor(private readonly deals: () => readonly Deal[]) {}

  private snapshots(asOf: string) {
    return this.deals().map((deal) => snapshotDeal(deal, qualifyDeal(deal, { asOf })));
  }

  private sorted(): Review[] {
    return [...this.reviews.values()].sort((a, b) => compareReviewIds(a.id, b.id));
  }

  listReviews = async (): Promise<ApiResult<ApiOutputs['listReviews']>> =>
    ok({ reviews: this.sorted().map(summarizeReview).reverse(), problems: [] });

  startReview = async ({ asOf }: ApiInput<'startReview'>): Promise<ApiResult<Review>> => {
    let sequence = 1;
    while (this.reviews.has(reviewIdFor(asOf, sequence))) sequence += 1;
    const id = reviewIdFor(asOf, sequence);
    const deals = this.snapshots(asOf);
    const coaching = carryOpenActionItems(previousReview(this.sorted(), id), deals);
    const review: Review = { schemaVersion: REVIEW_SCHEMA_VERSION, id, startedAt: STARTED_AT, asOf, revision: 1, deals, coaching };
    this.reviews.set(id, review);
    return ok(review);
  };

  getReview = async ({ id }: ApiInput<'getReview'>): Promise<ApiResult<Review>> => {
    const review = this.reviews.get(id);
    return review ? ok(review) : fail('not-found', `no review ${id}`);
  };

  reviewChanges = async ({ since, asOf = TODAY }: ApiInput<'reviewChanges'>): Promise<ApiResult<ApiOutputs['reviewChanges']>> => {
    const id = resolveSinceReview([...this.reviews.keys()], since);
    if (id === null && since !== undefined) return fail('not-found', `No review on or before ${since}.`);
    const now = this.snapshots(asOf);
    const review = id === null ? undefined : this.reviews.get(id);
    return ok({
      review: review ? summarizeReview(review) : null,
      asOf,
      changes: pipelineChanges(review?.deals ?? now, now),
      problems: [],
    });
  };

  saveCoaching = async ({ reviewId, dealId, revision, coaching }: ApiInput<'saveCoaching'>): Promise<ApiResult<ApiOutputs['saveCoaching']>> => {
    const review = this.reviews.get(reviewId);
    if (!review) return fail('not-found', `no review ${reviewId}`);
    if (review.revision !== revision) return fail('conflict', `reviews/${reviewId}.json changed on disk`);
    if (!review.deals.some((deal) => deal.id === dealId)) return fail('not-found', `review ${reviewId} has no deal ${dealId}`);
    const saved = { ...review, revision: review.revision + 1, coaching: { ...review.coaching, [dealId]: coaching } };
    this.reviews.set(reviewId, saved);
    return ok({ reviewId, dealId, revision: saved.revision, coaching });
  };
}
