// Worker threads for a listing that must qualify many deal files (a cold open, a new review date): every core busy.
import { availableParallelism } from 'node:os';
import type { QualifyOptions } from '../../../shared/engine/types';
import { startThreadPool, type ThreadPool } from '../thread-pool';
import { qualifyDealText, type Outcome } from './qualify-deal-text';

/** Below this many deal files a listing stays on its own thread: at 5,000 starting threads cost more than they save (measured). */
const THREADS_MIN_FILES = 10_000;
/** Texts per message: messages cost little next to the work, and the threads never run dry. */
const BATCH = 16;

type File = { readonly name: string; readonly text: string };

export interface ListingThreads {
  qualify(name: string, text: string): Promise<Outcome>;
  stop(): Promise<void>;
}

/** How many threads a listing of `files` deal files may use: none for small ones or on one core. */
export function listingThreadCount(files: number): number {
  const cores = availableParallelism();
  return files < THREADS_MIN_FILES || cores < 2 ? 0 : Math.min(cores, 8);
}

/**
 * Threads of `worker` (listing-worker.ts; the caller knows where it is: a bundle has no such file)
 * started on the first text to qualify (a warm open never starts them), fed in batches;
 * null when the listing is too small for them. Texts are qualified as on this thread
 * (qualifyDealText), so the listing is the same; where threads cannot start, it is qualified here.
 */
export function lazyListingThreads(worker: URL, options: QualifyOptions, files: number, threads = listingThreadCount(files)): ListingThreads | null {
  if (threads === 0) return null;
  let pool: ThreadPool<readonly File[], readonly Outcome[]> | null | undefined;
  let batch: { file: File; resolve: (outcome: Outcome) => void; reject: (error: unknown) => void }[] = [];
  const send = () => {
    const sending = batch;
    batch = [];
    if (sending.length === 0 || !pool) return;
    pool.run(sending.map(({ file }) => file)).then(
      (outcomes) => sending.forEach(({ resolve }, at) => resolve(outcomes[at] ?? null)),
      (error: unknown) => sending.forEach(({ reject }) => reject(error)),
    );
  };
  return {
    qualify: (name, text) => {
      pool ??= startThreadPool(worker, options, threads);
      if (pool === null) return Promise.resolve(qualifyDealText(text, name, options));
      return new Promise<Outcome>((resolve, reject) => {
        batch.push({ file: { name, text }, resolve, reject });
        // A full batch goes at once; a last, short one once the reads under way have queued theirs.
        if (batch.length === BATCH) send();
        else if (batch.length === 1) setImmediate(send);
      });
    },
    stop: async () => {
      await pool?.stop();
    },
  };
}
