// A deal file the index does not know, read, hashed, judged and qualified at once on a listing thread: a cold open's work per file.
import { createHash } from 'node:crypto';
import { lstatSync, type Stats } from 'node:fs';
import type { QualifyOptions } from '../../../shared/engine/types';
import { MAX_DEAL_FILE_BYTES } from '../../../shared/model/json-limits';
import { readSafeTextSync } from '../read-json-file';
import { qualifyDealText, type Outcome } from './qualify-deal-text';

/** Coarsest file timestamp in use (FAT: 2 s); a file written this close to its reading may change unseen in the same tick. */
export const RACY_MS = 2_500;

/** mtimeMs and ctimeMs keep sub-millisecond digits where the file system has them. */
export function fileIdentity(stats: Stats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

export function isRacy(stats: Stats, readAt: number): boolean {
  return readAt - stats.mtimeMs < RACY_MS || readAt - stats.ctimeMs < RACY_MS;
}

/** What the index keeps of a file read on a thread: as workspace-index's refresh records it. */
export interface ThreadRead {
  readonly stat: string;
  readonly racy: boolean;
  readonly hash: string;
  readonly outcome: NonNullable<Outcome>;
}

/**
 * The file at `path` as the listing's own thread would index it, with blocking calls (cheap on a
 * thread, where each async call cost the listing's thread more than the read itself). Null for
 * anything but a regular, readable deal file: gone, a link, a FIFO, too large, unreadable. The
 * listing's thread then reads it itself, so its problem is told exactly as always.
 */
export function readDealInThread(path: string, name: string, options: QualifyOptions): ThreadRead | null {
  let stats: Stats;
  let text: string | null;
  try {
    stats = lstatSync(path);
    if (!stats.isFile()) return null;
    text = readSafeTextSync(path, MAX_DEAL_FILE_BYTES);
  } catch {
    return null;
  }
  if (text === null) return null;
  const hash = createHash('sha1').update(text).digest('hex');
  const outcome = qualifyDealText(text, name, options);
  return outcome === null ? null : { stat: fileIdentity(stats), racy: isRacy(stats, Date.now()), hash, outcome };
}
