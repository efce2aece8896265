// Reports a listing's deals on worker threads, every core busy, the steps still handed back in the listing's order.
import { availableParallelism } from 'node:os';
import { startThreadPool, type ThreadPool } from '../services/thread-pool';
import type { ListedFile } from '../services/index/read-listed-file';
import { reportStep, type ListedReport, type ReportJob, type ReportStep } from './report-step';

/** Deals per message: large enough that messaging costs little, small enough that few wait in memory. */
const BATCH = 50;
/** Batches sent ahead per worker, so none waits while the reader writes out the previous one. */
const AHEAD = 2;
/** Below this many deals, starting threads costs more than it saves. */
export const POOL_MIN_DEALS = 1_000;
/**
 * Each thread's old-generation heap, in MB. A thread keeps only one batch (a few MB), but uncapped
 * V8 lets garbage pile up to hundreds of MB per thread. A batch a thread cannot hold (deal files
 * near the 5 MB limit) is reported on this thread instead.
 */
const THREAD_HEAP_MB = 128;

/** How many worker threads a report of `deals` deals uses: none for small ones or on one core. */
export function reportWorkerCount(deals: number): number {
  const cores = availableParallelism();
  return deals < POOL_MIN_DEALS || cores < 2 ? 0 : Math.min(cores, 8);
}

/** Sent to a report thread: deal ids to read and report, or files a listing asks it to read, index and report (report-worker.ts). */
export type ReportRequest = readonly string[] | { readonly listed: readonly ListedFile[] };

export type ReportThreads = ThreadPool<ReportRequest, readonly ReportStep[] | readonly ListedReport[]>;

/** Files a listing must read, read, summarised and reported on a report thread. */
export function reportListedOn(threads: ReportThreads, listed: readonly ListedFile[]): Promise<readonly ListedReport[]> {
  return threads.run({ listed }) as Promise<readonly ListedReport[]>;
}

/** `workers` report threads for `job`, started now so they load while the workspace is listed; null for none or where threads cannot start. */
export function startReportThreads(job: ReportJob, workers: number): ReportThreads | null {
  return workers === 0 ? null : startThreadPool<ReportRequest, readonly ReportStep[] | readonly ListedReport[]>(REPORT_WORKER_URL, job, workers, { maxHeapMb: THREAD_HEAP_MB });
}

/** In the CLI's bundle (scripts/dealmap.mjs) `import.meta.url` is the bundle's own URL, and the worker is bundled beside it. */
const bundled = import.meta.url.endsWith('.cjs');

/** The report threads' module: its code (moduleFingerprint) keys the report's row cache. */
export const REPORT_WORKER_URL = new URL(bundled ? './report-worker.cjs' : './report-worker.ts', import.meta.url);

/**
 * The report step of every id, in the order of `ids`: on the threads (batches dealt round robin,
 * at most AHEAD per thread in flight), or on this thread without any. Identical steps either way;
 * the engine is pure. The caller stops the threads.
 */
export async function* reportSteps(job: ReportJob, ids: readonly string[], threads: ReportThreads | null): AsyncGenerator<ReportStep> {
  if (threads === null) {
    for (const id of ids) yield reportStep(job, id);
    return;
  }
  const batches: (readonly string[])[] = [];
  for (let at = 0; at < ids.length; at += BATCH) batches.push(ids.slice(at, at + BATCH));
  const sent: Promise<readonly ReportStep[]>[] = [];
  const sendUpTo = (last: number) => {
    for (let at = sent.length; at <= Math.min(last, batches.length - 1); at += 1) {
      const answer = threads.run(batches[at] as readonly string[]) as Promise<readonly ReportStep[]>;
      answer.catch(() => undefined); // awaited in order below; this only keeps a later failure from going unhandled
      sent.push(answer);
    }
  };
  for (let at = 0; at < batches.length; at += 1) {
    sendUpTo(at + threads.size * AHEAD - 1);
    const batch = batches[at] as readonly string[];
    // A thread that failed (out of memory, say) answers nothing more: its batches are reported here, as without threads.
    const steps = await (sent[at] as Promise<readonly ReportStep[]>).catch(() => batch.map((id) => reportStep(job, id)));
    // Let go of the answer once read: the report keeps only what the sink does.
    sent[at] = Promise.resolve([]);
    yield* steps;
  }
}
