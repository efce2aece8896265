// A listing thread's reading of one deal file, as the listing's own thread makes it (workspace-index.ts): lstat, read, hash.
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { MAX_DEAL_FILE_BYTES } from '../../../shared/model/json-limits';
import { fileProblem, unreadableIssue } from '../file-problem';
import { readSafeTextSync } from '../read-json-file';
import { DEALS_FOLDER } from '../workspace-paths';
import { identity, isRacy } from './file-identity';
import type { Outcome } from './qualify-deal-text';

/** A deal file as a thread read it: its text with what the index keys it on, or what the listing says of it unread. */
export type ListedFileRead =
  /** Not a regular file, unsafe or unreadable (a problem), or gone (null): never indexed. */
  | { readonly kind: 'refused'; readonly outcome: Outcome }
  | { readonly kind: 'read'; readonly stat: string; readonly racy: boolean; readonly hash: string; readonly text: string };

/** What a thread hands back for one file: the text is judged there, so only its outcome travels ('same': the hash the listing knew). */
export type ThreadRead = Exclude<ListedFileRead, { kind: 'read' }> | (Omit<Extract<ListedFileRead, { kind: 'read' }>, 'text'> & { readonly outcome: Outcome | 'same' });

/** A file a listing asks a thread to read: its name (`acme.json`) and the hash whose outcome the listing can reuse, if any. */
export interface ListedFile {
  readonly name: string;
  readonly reuse: string | null;
}

/** SHA-1 of a deal file's text, as the index and the report's row cache key it. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Deal file `name` in `folder` (a workspace's deals/), read with blocking calls: the lstat it was judged by is the index's identity. */
export function readListedFile(folder: string, name: string): ListedFileRead {
  let stats: Stats | null = null;
  let text: string | null;
  try {
    text = readSafeTextSync(join(folder, name), MAX_DEAL_FILE_BYTES, (seen) => (stats = seen));
  } catch (error) {
    return { kind: 'refused', outcome: { problem: fileProblem(`${DEALS_FOLDER}/${name}`, [unreadableIssue(error)]) } };
  }
  const judged = stats as Stats | null;
  if (text === null || judged === null) return { kind: 'refused', outcome: null };
  return { kind: 'read', stat: identity(judged), racy: isRacy(judged, Date.now()), hash: contentHash(text), text };
}
