// Reads one review file through lowdb and judges it: a valid review, a missing file, or a named problem.
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { Low } from 'lowdb';
import type { DealFileProblem } from '../../../shared/api/contract';
import { toFieldIssues, type FieldIssue } from '../../../shared/model/validation';
import { REVIEW_SCHEMA_VERSION, reviewSchema, type Review } from '../../../shared/review/review-schema';
import { DealFileAdapter } from '../deal-file-adapter';
import { serializeReview } from './review-paths';

/** Same shape as a deal file's problem: the file, one line, and every field issue. */
export type ReviewFileProblem = DealFileProblem;

export type ReviewFileRead =
  | { readonly kind: 'review'; readonly review: Review }
  | { readonly kind: 'missing' }
  | { readonly kind: 'problem'; readonly problem: ReviewFileProblem };

function problem(file: string, issues: readonly FieldIssue[]): ReviewFileRead {
  const first = issues[0];
  const reason = first === undefined ? 'unreadable' : `${first.path}: ${first.message}`;
  const message = first?.path === '(document)' ? `${file}: ${first.message}` : `${file}: ${reason}`;
  return { kind: 'problem', problem: { file, message, issues } };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function newerVersionIssue(value: unknown): FieldIssue | undefined {
  if (typeof value !== 'object' || value === null || !('schemaVersion' in value)) return undefined;
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version <= REVIEW_SCHEMA_VERSION) return undefined;
  return {
    path: 'schemaVersion',
    message: `version ${version} is newer than this Dealmap reads (${REVIEW_SCHEMA_VERSION}); update Dealmap to open it`,
  };
}

export function reviewFileAdapter(path: string): DealFileAdapter {
  return new DealFileAdapter(path, serializeReview);
}

/** Reads `path` as a review file v1 whose id matches its file name; `file` names it in messages. */
export async function readReviewFile(path: string, file: string): Promise<ReviewFileRead> {
  const db = new Low<unknown>(reviewFileAdapter(path), null);
  try {
    await db.read();
  } catch (error) {
    const message = error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `could not be read: ${reasonOf(error)}`;
    return problem(file, [{ path: '(document)', message }]);
  }
  if (db.data === null) {
    const exists = await access(path).then(() => true, () => false);
    if (!exists) return { kind: 'missing' };
    return problem(file, [{ path: '(document)', message: 'expected a review object, got null' }]);
  }
  const newer = newerVersionIssue(db.data);
  if (newer !== undefined) return problem(file, [newer]);
  const parsed = reviewSchema.safeParse(db.data);
  if (!parsed.success) return problem(file, toFieldIssues(parsed.error));
  const expectedName = `${parsed.data.id}.json`;
  if (basename(path) !== expectedName) {
    return problem(file, [
      { path: 'id', message: `"${parsed.data.id}" does not match the file name; expected the file to be named ${expectedName}` },
    ]);
  }
  return { kind: 'review', review: parsed.data };
}
