// Reads and writes a review's coaching file; a damaged one is named, never written over.
import { access } from 'node:fs/promises';
import { toFieldIssues, type FieldIssue } from '../../../shared/model/validation';
import {
  REVIEW_COACHING_SCHEMA_VERSION,
  reviewCoachingFileSchema,
  type ReviewCoachingFile,
} from '../../../shared/review/coaching-file-schema';
import { DealFileAdapter } from '../deal-file-adapter';
import { fileProblem, newerVersionIssue, unreadableIssue } from '../file-problem';
import type { ReviewFileProblem } from './read-review-file';
import { coachingFileLabel, coachingFilePath, MAX_REVIEW_FILE_BYTES, serializeReview } from './review-paths';

export type CoachingFileRead =
  | { readonly kind: 'coaching'; readonly file: ReviewCoachingFile }
  | { readonly kind: 'missing' }
  | { readonly kind: 'problem'; readonly problem: ReviewFileProblem };

function problem(file: string, issues: readonly FieldIssue[]): CoachingFileRead {
  return { kind: 'problem', problem: fileProblem(file, issues) };
}

function coachingAdapter(workspace: string, reviewId: string): DealFileAdapter {
  return new DealFileAdapter(coachingFilePath(workspace, reviewId), serializeReview, MAX_REVIEW_FILE_BYTES);
}

/** True when the review's coaching file is there (a leftover one too, whose review file is gone). */
export function coachingFileExists(workspace: string, reviewId: string): Promise<boolean> {
  return access(coachingFilePath(workspace, reviewId)).then(() => true, () => false);
}

/** The coaching file of review `reviewId`, checked in full (it is small) and against its name. */
export async function readCoachingFile(workspace: string, reviewId: string): Promise<CoachingFileRead> {
  const file = coachingFileLabel(reviewId);
  let data: unknown;
  try {
    data = await coachingAdapter(workspace, reviewId).read();
  } catch (error) {
    return problem(file, [unreadableIssue(error)]);
  }
  // The adapter answers null for a missing file; a file holding `null` fails the schema below.
  if (data === null && !(await coachingFileExists(workspace, reviewId))) return { kind: 'missing' };
  const newer = newerVersionIssue(data, REVIEW_COACHING_SCHEMA_VERSION);
  if (newer !== undefined) return problem(file, [newer]);
  const parsed = reviewCoachingFileSchema.safeParse(data);
  if (!parsed.success) return problem(file, toFieldIssues(parsed.error));
  if (parsed.data.reviewId !== reviewId) {
    return problem(file, [{ path: 'reviewId', message: `"${parsed.data.reviewId}" does not match the file name; expected ${reviewId}` }]);
  }
  return { kind: 'coaching', file: parsed.data };
}

/**
 * Writes the coaching file atomically and durably. The first one is created exclusively: if
 * another process created it meanwhile, the EEXIST error is thrown and nothing is replaced.
 */
export async function writeCoachingFile(workspace: string, coaching: ReviewCoachingFile, isNew: boolean): Promise<void> {
  const adapter = coachingAdapter(workspace, coaching.reviewId);
  await (isNew ? adapter.create(coaching) : adapter.write(coaching));
}
