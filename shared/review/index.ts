// Reviews' public surface, for the app, the hosts and the command line: snapshots, changes, the review file.
export { blockerCount, snapshotDeal, dealSnapshotSchema, type DealSnapshot, type GapSnapshot, type RelationSnapshot, type StakeholderSnapshot } from './deal-snapshot';
export { dealChanges, formatAmount } from './deal-changes';
export { pipelineChanges } from './pipeline-changes';
export type { DealChange, DealChangeKind, DealChanges, DealRef, PipelineChangeSummary, PipelineChanges } from './change-types';
export {
  compareReviewIds,
  exactSince,
  isReviewId,
  isReviewSince,
  resolveSinceReview,
  reviewIdDate,
  reviewIdFor,
  reviewIdSchema,
  reviewSinceSchema,
  sinceCandidates,
  sinceReviewId,
} from './review-ids';
export {
  actionItemSchema,
  coachingFor,
  dealCoachingSchema,
  REVIEW_SCHEMA_VERSION,
  reviewSchema,
  summarizeReview,
  type ActionItem,
  type DealCoaching,
  type Review,
  type ReviewSummary,
} from './review-schema';
export { carryOpenActionItems, previousReview } from './carry-over';
export {
  REVIEW_COACHING_SCHEMA_VERSION,
  reviewCoachingFileSchema,
  withCoachingFile,
  type ReviewCoachingFile,
  type SavedCoaching,
} from './coaching-file-schema';
