// Worker threads for a listing that must read many deal files (a cold open, a new review date): every core busy.
import { availableParallelism } from 'node:os';
import type { QualifyOptions } from '../../../shared/engine/types';
import { startThreadPool, type ThreadPool } from '../thread-pool';
import type { ListedFile, ThreadRead } from './read-listed-file';

/** Below this many deal files to read a listing stays on its own thread: at 5,000 starting threads cost more than they save (measured). */
const THREADS_MIN_FILES = 10_000;
/** Files per message: messages cost little next to the work, and the threads never run dry. */
const BATCH = 16;

/** What a listing thread is sent (listing-worker.ts): files to read, judge and qualify. */
export interface ListingRequest {
  /** The workspace's deals/ folder. */
  readonly folder: string;
  readonly files: readonly ListedFile[];
}

export interface ListingThreads {
  /**
   * Deal file `name` stat'ed, read, hashed and (unless its hash is `reuse`) judged and qualified on
   * a thread; null when no thread can: the listing then reads it itself.
   */
  read(name: string, reuse: string | null): Promise<ThreadRead | null>;
  stop(): Promise<void>;
}

/** How many threads a listing of `files` deal files may use: none for small ones or on one core. */
export function listingThreadCount(files: number): number {
  const cores = availableParallelism();
  return files < THREADS_MIN_FILES || cores < 2 ? 0 : Math.min(cores, 8);
}

/**
 * Batches of files for `run`: a full batch goes at once, a last, short one once the reads under
 * way have queued theirs. An answer that fails answers null for each of its files.
 */
export function batchedReads<Answer>(run: (files: readonly ListedFile[]) => Promise<readonly Answer[]>, take: (answer: Answer | undefined) => ThreadRead | null) {
  let batch: { file: ListedFile; resolve: (read: ThreadRead | null) => void }[] = [];
  const send = () => {
    const sending = batch;
    batch = [];
    if (sending.length === 0) return;
    run(sending.map(({ file }) => file)).then(
      (answers) => sending.forEach(({ resolve }, at) => resolve(take(answers[at]))),
      () => sending.forEach(({ resolve }) => resolve(null)),
    );
  };
  return (name: string, reuse: string | null) =>
    new Promise<ThreadRead | null>((resolve) => {
      batch.push({ file: { name, reuse }, resolve });
      if (batch.length === BATCH) send();
      else if (batch.length === 1) setImmediate(send);
    });
}

/**
 * Threads of `worker` (listing-worker.ts; the caller knows where it is: a bundle has no such file)
 * started on the first file to read (a warm open never starts them), fed in batches; null when
 * the listing is too small for them. Each thread reads its files itself, so the listing's thread
 * only stats, dispatches and indexes; files are judged and qualified as on that thread
 * (qualifyDealText), so the listing is the same. Where threads cannot start, the listing reads.
 */
export function lazyListingThreads(worker: URL, folder: string, options: QualifyOptions, files: number, threads = listingThreadCount(files)): ListingThreads | null {
  if (threads === 0) return null;
  let pool: ThreadPool<ListingRequest, readonly ThreadRead[]> | null | undefined;
  const read = batchedReads<ThreadRead>(
    (batch) => (pool ? pool.run({ folder, files: batch }) : Promise.reject(new Error('no listing threads'))),
    (answer) => answer ?? null,
  );
  return {
    read: (name, reuse) => {
      pool ??= startThreadPool(worker, options, threads);
      return pool === null ? Promise.resolve(null) : read(name, reuse);
    },
    stop: async () => {
      await pool?.stop();
    },
  };
}
