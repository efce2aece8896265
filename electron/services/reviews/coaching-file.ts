// Reads and writes a review's coaching file; a damaged one is named, never written over.
import { access } from 'node:fs/promises';
import { Low } from 'lowdb';
import { toFieldIssues, type FieldIssue } from '../../../shared/model/validation';
import {
  REVIEW_COACHING_SCHEMA_VERSION,
  reviewCoachingFileSchema,
  type ReviewCoachingFile,
} from '../../../shared/review/coaching-file-schema';
import { DealFileAdapter } from '../deal-file-adapter';
import type { ReviewFileProblem } from './read-review-file';
import { coachingFileLabel, coachingFilePath, serializeReview } from './review-paths';

export type CoachingFileRead =
  | { readonly kind: 'coaching'; readonly file: ReviewCoachingFile }
  | { readonly kind: 'missing' }
  | { readonly kind: 'problem'; readonly problem: ReviewFileProblem };

function problem(file: string, issues: readonly FieldIssue[]): CoachingFileRead {
  const first = issues[0];
  const message = first === undefined ? `${file}: unreadable` : first.path === '(document)' ? `${file}: ${first.message}` : `${file}: ${first.path}: ${first.message}`;
  return { kind: 'problem', problem: { file, message, issues } };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function coachingAdapter(workspace: string, reviewId: string): DealFileAdapter {
  return new DealFileAdapter(coachingFilePath(workspace, reviewId), serializeReview);
}

function newerVersion(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || !('schemaVersion' in value)) return undefined;
  const version = value.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version > REVIEW_COACHING_SCHEMA_VERSION ? version : undefined;
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
    const message = error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `could not be read: ${reasonOf(error)}`;
    return problem(file, [{ path: '(document)', message }]);
  }
  // The adapter answers null for a missing file; a file holding `null` fails the schema below.
  if (data === null && !(await coachingFileExists(workspace, reviewId))) return { kind: 'missing' };
  const newer = newerVersion(data);
  if (newer !== undefined) {
    const message = `version ${newer} is newer than this Dealmap reads (${REVIEW_COACHING_SCHEMA_VERSION}); update Dealmap to open it`;
    return problem(file, [{ path: 'schemaVersion', message }]);
  }
  const parsed = reviewCoachingFileSchema.safeParse(data);
  if (!parsed.success) return problem(file, toFieldIssues(parsed.error));
  if (parsed.data.reviewId !== reviewId) {
    return problem(file, [{ path: 'reviewId', message: `"${parsed.data.reviewId}" does not match the file name; expected ${reviewId}` }]);
  }
  return { kind: 'coaching', file: parsed.data };
}

/**
 * Writes the coaching file atomically through lowdb. The first one is created exclusively: if
 * another process created it meanwhile, the EEXIST error is thrown and nothing is replaced.
 */
export async function writeCoachingFile(workspace: string, coaching: ReviewCoachingFile, isNew: boolean): Promise<void> {
  const adapter = coachingAdapter(workspace, coaching.reviewId);
  if (isNew) {
    await adapter.create(coaching);
    return;
  }
  const db = new Low<unknown>(adapter, null);
  db.data = coaching;
  await db.write();
}
