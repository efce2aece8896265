// Keeps the last review files read, so saving coaching or comparing again does not re-read and re-check every snapshot.
import { stat } from 'node:fs/promises';
import type { Review } from '../../../shared/review/review-schema';
import { isMissingFileError } from '../durable-file';
import { readReviewFile, type ReviewFileRead } from './read-review-file';

/** A review of 5,000 deals takes about 100 MB in memory: only the one shown and the one before it are kept. */
const MAX_CACHED = 2;

interface Cached {
  readonly identity: string;
  readonly read: Promise<ReviewFileRead>;
}

const cache = new Map<string, Cached>();

/**
 * The file as the operating system last changed it: any write changes its change time (ctime, which
 * no program can set back), a replacement also its inode. Null when the file is not there.
 */
async function fileIdentity(path: string): Promise<string | null> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch (error) {
    if (isMissingFileError(error)) return null;
    throw error;
  }
}

function remember(path: string, entry: Cached): void {
  cache.delete(path);
  cache.set(path, entry);
  // A Map iterates in insertion order: the first key is the least recently used.
  for (const key of cache.keys()) {
    if (cache.size <= MAX_CACHED) break;
    cache.delete(key);
  }
}

/**
 * readReviewFile, answered from memory while the file on disk is the one read before. Only valid
 * reviews are kept: a damaged or missing file is read again every time, so a fix is seen at once.
 * Callers share the answer and must not change it.
 */
export async function readReviewFileCached(path: string, file: string): Promise<ReviewFileRead> {
  const identity = await fileIdentity(path);
  if (identity === null) {
    cache.delete(path);
    return { kind: 'missing' };
  }
  const cached = cache.get(path);
  if (cached?.identity === identity) {
    remember(path, cached);
    return cached.read;
  }
  // The file can change between stat and read; then the next look sees another identity and reads again.
  const read = readReviewFile(path, file);
  remember(path, { identity, read });
  const result = await read;
  if (result.kind !== 'review' && cache.get(path)?.read === read) cache.delete(path);
  return result;
}

/** After writing `review` to `path`: the next read answers it without reading the file back. */
export async function rememberWrittenReview(path: string, review: Review): Promise<void> {
  const identity = await fileIdentity(path);
  if (identity !== null) remember(path, { identity, read: Promise.resolve({ kind: 'review', review }) });
}
