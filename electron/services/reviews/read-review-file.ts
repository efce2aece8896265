// Reads one review file and judges it: a valid review, a missing file, or a named problem.
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DealFileProblem } from '../../../shared/api/contract';
import { toFieldIssues, type FieldIssue } from '../../../shared/model/validation';
import { REVIEW_SCHEMA_VERSION, reviewSchema, type Review } from '../../../shared/review/review-schema';
import { DealFileAdapter } from '../deal-file-adapter';
import { MAX_REVIEW_FILE_BYTES } from './review-paths';
import { fileProblem, newerVersionIssue, unreadableIssue } from '../file-problem';
import { serializeReview } from './review-paths';

/** Same shape as a deal file's problem: the file, one line, and every field issue. */
export type ReviewFileProblem = DealFileProblem;

export type ReviewFileRead =
  | { readonly kind: 'review'; readonly review: Review }
  | { readonly kind: 'missing' }
  | { readonly kind: 'problem'; readonly problem: ReviewFileProblem };

function problem(file: string, issues: readonly FieldIssue[]): ReviewFileRead {
  return { kind: 'problem', problem: fileProblem(file, issues) };
}

export function reviewFileAdapter(path: string): DealFileAdapter {
  return new DealFileAdapter(path, serializeReview, MAX_REVIEW_FILE_BYTES);
}

/** Reads `path` as a review file v1 whose id matches its file name; `file` names it in messages. */
export async function readReviewFile(path: string, file: string): Promise<ReviewFileRead> {
  let data: unknown;
  try {
    data = await reviewFileAdapter(path).read();
  } catch (error) {
    return problem(file, [unreadableIssue(error)]);
  }
  if (data === null) {
    const exists = await access(path).then(() => true, () => false);
    if (!exists) return { kind: 'missing' };
    return problem(file, [{ path: '(document)', message: 'expected a review object, got null' }]);
  }
  const newer = newerVersionIssue(data, REVIEW_SCHEMA_VERSION);
  if (newer !== undefined) return problem(file, [newer]);
  const parsed = reviewSchema.safeParse(data);
  if (!parsed.success) return problem(file, toFieldIssues(parsed.error));
  const expectedName = `${parsed.data.id}.json`;
  if (basename(path) !== expectedName) {
    return problem(file, [
      { path: 'id', message: `"${parsed.data.id}" does not match the file name; expected the file to be named ${expectedName}` },
    ]);
  }
  return { kind: 'review', review: parsed.data };
}
