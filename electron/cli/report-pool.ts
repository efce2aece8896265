// Reports a listing's deals on worker threads, every core busy, the steps still handed back in the listing's order.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { reportStep, type ReportJob, type ReportStep } from './report-step';

/** Deals per message: large enough that messaging costs little, small enough that few wait in memory. */
const BATCH = 50;
/** Batches sent ahead per worker, so none waits while the reader writes out the previous one. */
const AHEAD = 2;
/** Below this many deals, starting threads costs more than it saves. */
const POOL_MIN_DEALS = 1_000;

/** How many worker threads a report of `deals` deals uses: none for small ones or on one core. */
export function reportWorkerCount(deals: number): number {
  const cores = availableParallelism();
  return deals < POOL_MIN_DEALS || cores < 2 ? 0 : Math.min(cores, 8);
}

type Answer = { readonly steps: readonly ReportStep[] } | { readonly error: string };

const WORKER_URL = new URL('./report-worker.ts', import.meta.url).href;
// tsx's ESM API, found from here (not from the working folder); its CommonJS twin cannot load from a thread's eval.
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;

/**
 * The command line runs TypeScript through tsx, whose loader a thread does not inherit: the thread
 * starts as a line of JavaScript that registers tsx and then loads the worker file.
 */
function startWorker(job: ReportJob) {
  const boot = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: job });
  // A worker answers its batches in the order it was sent them.
  const waiting: { resolve: (steps: readonly ReportStep[]) => void; reject: (error: Error) => void }[] = [];
  worker.on('message', (answer: Answer) => {
    const next = waiting.shift();
    if ('error' in answer) next?.reject(new Error(answer.error));
    else next?.resolve(answer.steps);
  });
  worker.on('error', (error) => waiting.splice(0).forEach(({ reject }) => reject(error)));
  const send = (ids: readonly string[]) =>
    new Promise<readonly ReportStep[]>((resolve, reject) => {
      waiting.push({ resolve, reject });
      worker.postMessage(ids);
    });
  return { send, stop: () => worker.terminate() };
}

/**
 * The report step of every id, in the order of `ids`: on `workers` threads (batches dealt round
 * robin, at most AHEAD per thread in flight), or on this thread when `workers` is 0. Identical
 * steps either way; the engine is pure.
 */
export async function* reportSteps(job: ReportJob, ids: readonly string[], workers: number): AsyncGenerator<ReportStep> {
  if (workers === 0) {
    for (const id of ids) yield reportStep(job, id);
    return;
  }
  const pool = Array.from({ length: workers }, () => startWorker(job));
  const batches: (readonly string[])[] = [];
  for (let at = 0; at < ids.length; at += BATCH) batches.push(ids.slice(at, at + BATCH));
  const sent: Promise<readonly ReportStep[]>[] = [];
  const sendUpTo = (last: number) => {
    for (let at = sent.length; at <= Math.min(last, batches.length - 1); at += 1) {
      const answer = (pool[at % workers] as ReturnType<typeof startWorker>).send(batches[at] as readonly string[]);
      answer.catch(() => undefined); // awaited in order below; this only keeps a later failure from going unhandled
      sent.push(answer);
    }
  };
  try {
    for (let at = 0; at < batches.length; at += 1) {
      sendUpTo(at + workers * AHEAD - 1);
      const steps = await (sent[at] as Promise<readonly ReportStep[]>);
      // Let go of the answer once read: the report keeps only what the sink does.
      sent[at] = Promise.resolve([]);
      yield* steps;
    }
  } finally {
    await Promise.all(pool.map(({ stop }) => stop()));
  }
}
