// Reads one deal file (regular files within the limits only) and judges it: a valid deal, a missing file, or a named problem.
import { basename } from 'node:path';
import type { DealFileProblem } from '../../shared/api/contract';
import { DEAL_SCHEMA_VERSION, type Deal } from '../../shared/model/deal-schema';
import { validateDeal, type FieldIssue } from '../../shared/model/validation';
import { MAX_DEAL_FILE_BYTES } from '../../shared/model/json-limits';
import { parseJsonText, readCheckedText, readSafeText, readSafeTextSync } from './read-json-file';
import { messageRef } from '../../shared/i18n/message-ref';
import { fileProblem, newerVersionIssue, unreadableIssue } from './file-problem';

export type DealFileRead =
  | { readonly kind: 'deal'; readonly deal: Deal }
  | { readonly kind: 'missing' }
  | { readonly kind: 'problem'; readonly problem: DealFileProblem };

function problem(file: string, issues: readonly FieldIssue[]): DealFileRead {
  return { kind: 'problem', problem: fileProblem(file, issues) };
}

/**
 * Judges the text of deal file `name` (`acme.json`): a deal (v1 or v2; a v1 file comes back
 * migrated to v2) whose id matches its file name, or a named problem. `file` names it in messages.
 */
export function judgeDealText(text: string, name: string, file: string): DealFileRead {
  let data: unknown;
  try {
    data = parseJsonText(text);
  } catch (error) {
    return problem(file, [unreadableIssue(error)]);
  }
  if (data === null) return problem(file, [{ path: '(document)', message: 'expected a deal object, got null', reason: messageRef('file-problems.null-deal') }]);
  const newer = newerVersionIssue(data, DEAL_SCHEMA_VERSION);
  if (newer !== undefined) return problem(file, [newer]);
  const validation = validateDeal(data);
  if (!validation.ok) return problem(file, validation.issues);
  const expectedName = `${validation.deal.id}.json`;
  if (name !== expectedName) {
    return problem(file, [
      {
        path: 'id',
        message: `"${validation.deal.id}" does not match the file name; expected the file to be named ${expectedName}`,
        reason: messageRef('file-problems.id-mismatch', { id: validation.deal.id, expected: expectedName }),
      },
    ]);
  }
  return { kind: 'deal', deal: validation.deal };
}

/** The file's text within the deal file limits; null when missing; a problem for anything unsafe or unreadable. */
export async function readDealText(path: string, file: string): Promise<{ readonly text: string } | DealFileRead> {
  try {
    const text = await readSafeText(path, MAX_DEAL_FILE_BYTES);
    return text === null ? { kind: 'missing' } : { text };
  } catch (error) {
    return problem(file, [unreadableIssue(error)]);
  }
}

/** readDealText for a file just lstat'ed as a regular file (see readCheckedText). */
export async function readCheckedDealText(path: string, file: string): Promise<{ readonly text: string } | DealFileRead> {
  try {
    const text = await readCheckedText(path, MAX_DEAL_FILE_BYTES);
    return text === null ? { kind: 'missing' } : { text };
  } catch (error) {
    return problem(file, [unreadableIssue(error)]);
  }
}

/** Reads `path` and judges it (judgeDealText); `file` is the name used in messages, e.g. `deals/acme.json`. */
export async function readDealFile(path: string, file: string): Promise<DealFileRead> {
  const read = await readDealText(path, file);
  return 'text' in read ? judgeDealText(read.text, basename(path), file) : read;
}

/** readDealFile with blocking reads, for worker threads and the command line; `seen` gets the text judged (a cache keys on it). */
export function readDealFileSync(path: string, file: string, seen?: (text: string) => void): DealFileRead {
  let text: string | null;
  try {
    text = readSafeTextSync(path, MAX_DEAL_FILE_BYTES);
  } catch (error) {
    return problem(file, [unreadableIssue(error)]);
  }
  if (text !== null) seen?.(text);
  return text === null ? { kind: 'missing' } : judgeDealText(text, basename(path), file);
}
