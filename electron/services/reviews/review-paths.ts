// Where a workspace keeps its reviews: `<workspace>/reviews/<review-id>.json` and, once coached, `<review-id>.coaching.json`.
import { join } from 'node:path';

export const REVIEWS_FOLDER = 'reviews';

/** A review holds a snapshot of every deal (about 4 KB each): only the type and nesting checks bound it. */
export const MAX_REVIEW_FILE_BYTES = Number.POSITIVE_INFINITY;

export function reviewsFolder(workspace: string): string {
  return join(workspace, REVIEWS_FOLDER);
}

export function reviewFilePath(workspace: string, id: string): string {
  return join(reviewsFolder(workspace), `${id}.json`);
}

/** The name messages use for a review file: relative to the workspace, always with `/`. */
export function reviewFileLabel(id: string): string {
  return `${REVIEWS_FOLDER}/${id}.json`;
}

/** The text written to disk: pretty JSON, 2 spaces, trailing newline, like deal files. */
export function serializeReview(review: unknown): string {
  return `${JSON.stringify(review, null, 2)}\n`;
}

/** The review's coaching file, beside it: `<workspace>/reviews/<review-id>.coaching.json`. */
export function coachingFilePath(workspace: string, id: string): string {
  return join(reviewsFolder(workspace), `${id}.coaching.json`);
}

export function coachingFileLabel(id: string): string {
  return `${REVIEWS_FOLDER}/${id}.coaching.json`;
}
