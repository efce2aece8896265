// The review functions of the API for one workspace: list, start, read, compare and coach.
import type { DealmapServices } from '../../../shared/api/contract';
import { localDate } from '../../../shared/model/local-date';
import { summarizeReview } from '../../../shared/review/review-schema';
import { withDealLock } from '../deal-lock';
import { compareWithReview } from './review-changes';
import { reviewFilePath } from './review-paths';
import { readExistingReview, readWorkspaceReviews } from './review-store';
import { saveCoaching } from './save-coaching';
import { startReview } from './start-review';

export type ReviewServices = Pick<DealmapServices, 'listReviews' | 'startReview' | 'getReview' | 'reviewChanges' | 'saveCoaching'>;

/** `workspace` is absolute; `now` is the clock for startedAt and the default review date. */
export function createReviewServices(workspace: string, now: () => Date): ReviewServices {
  return {
    listReviews: async () => {
      const { reviews, problems } = await readWorkspaceReviews(workspace);
      // Newest first: the review a coach looks for is usually the last one.
      return { reviews: reviews.map(summarizeReview).reverse(), problems };
    },

    startReview: ({ asOf }) => startReview(workspace, asOf, now().toISOString()),

    getReview: ({ id }) => readExistingReview(workspace, id),

    reviewChanges: ({ since, asOf }) => compareWithReview(workspace, asOf ?? localDate(now()), since),

    saveCoaching: (save) => withDealLock(reviewFilePath(workspace, save.reviewId), () => saveCoaching(workspace, save)),
  };
}
