// Worker threads for a listing that must qualify many deal files (a cold open, a new review date): every core busy.
import { availableParallelism } from 'node:os';
import type { QualifyOptions } from '../../../shared/engine/types';
import { startThreadPool, type ThreadPool } from '../thread-pool';
import { qualifyDealText, type Outcome } from './qualify-deal-text';
import { readDealInThread, type ThreadRead } from './read-deal-in-thread';

/** Below this many deal files a listing stays on its own thread: at 5,000 starting threads cost more than they save (measured). */
const THREADS_MIN_FILES = 10_000;
/** Texts per message: messages cost little next to the work, and the threads never run dry. */
const BATCH = 16;

/** A text to qualify, or a file (`path`) to read, hash and qualify there (readDealInThread). */
export type ListingFile = { readonly name: string; readonly text: string } | { readonly name: string; readonly path: string };
export type ListingAnswer = Outcome | ThreadRead | null;

export interface ListingThreads {
  qualify(name: string, text: string): Promise<Outcome>;
  /** readDealInThread on a thread: null where the listing's thread must read the file itself. */
  read(name: string, path: string): Promise<ThreadRead | null>;
  stop(): Promise<void>;
}

/** What a listing thread answers for each file it is sent. */
export function answerListingFile(file: ListingFile, options: QualifyOptions): ListingAnswer {
  return 'text' in file ? qualifyDealText(file.text, file.name, options) : readDealInThread(file.path, file.name, options);
}

/** How many threads a listing of `files` deal files may use: none for small ones or on one core. */
export function listingThreadCount(files: number): number {
  const cores = availableParallelism();
  return files < THREADS_MIN_FILES || cores < 2 ? 0 : Math.min(cores, 8);
}

/**
 * Threads of `worker` (listing-worker.ts; the caller knows where it is: a bundle has no such file)
 * started on the first file to qualify (a warm open never starts them), fed in batches;
 * null when the listing is too small for them. Texts are qualified as on this thread
 * (qualifyDealText), so the listing is the same; where threads cannot start, a text is qualified
 * here and a file to read is answered null (read here, as always).
 */
export function lazyListingThreads(worker: URL, options: QualifyOptions, files: number, threads = listingThreadCount(files)): ListingThreads | null {
  if (threads === 0) return null;
  let pool: ThreadPool<readonly ListingFile[], readonly ListingAnswer[]> | null | undefined;
  let batch: { file: ListingFile; resolve: (answer: ListingAnswer) => void; reject: (error: unknown) => void }[] = [];
  const send = () => {
    const sending = batch;
    batch = [];
    if (sending.length === 0 || !pool) return;
    pool.run(sending.map(({ file }) => file)).then(
      (answers) => sending.forEach(({ resolve }, at) => resolve(answers[at] ?? null)),
      (error: unknown) => sending.forEach(({ reject }) => reject(error)),
    );
  };
  const answer = (file: ListingFile): Promise<ListingAnswer> => {
    pool ??= startThreadPool(worker, options, threads);
    if (pool === null) return Promise.resolve('text' in file ? qualifyDealText(file.text, file.name, options) : null);
    return new Promise<ListingAnswer>((resolve, reject) => {
      batch.push({ file, resolve, reject });
      // A full batch goes at once; a last, short one once the reads under way have queued theirs.
      if (batch.length === BATCH) send();
      else if (batch.length === 1) setImmediate(send);
    });
  };
  return {
    qualify: (name, text) => answer({ name, text }) as Promise<Outcome>,
    read: (name, path) => answer({ name, path }) as Promise<ThreadRead | null>,
    stop: async () => {
      await pool?.stop();
    },
  };
}
