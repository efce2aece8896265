// A small pool of worker threads running one TypeScript worker module: each call answered in turn, errors passed back.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

type Answer<Out> = { readonly value: Out } | { readonly error: string };

export interface ThreadPool<In, Out> {
  /** `input` handled on the next thread in turn; answers come back in the order each thread was asked. */
  run(input: In): Promise<Out>;
  stop(): Promise<void>;
  /** How many threads it runs. */
  readonly size: number;
}

/**
 * How a thread starts: Dealmap's Node code runs as TypeScript through tsx (CLI, host, tests), whose
 * loader a thread does not inherit, so the thread registers tsx and then loads the module. A
 * self-contained CommonJS bundle (`.cjs`, the desktop app's) is read here and run as the thread's
 * script, which works inside the app's asar archive too. Null where neither is on disk: the caller
 * works on its own thread.
 */
function bootOf(moduleUrl: URL): string | null {
  try {
    if (moduleUrl.pathname.endsWith('.cjs')) return readFileSync(fileURLToPath(moduleUrl), 'utf8');
    if (!moduleUrl.pathname.endsWith('.ts') || !existsSync(fileURLToPath(moduleUrl))) return null;
    // tsx's ESM API, found from here (not from the working folder); its CommonJS twin cannot load from a thread's eval.
    const api = pathToFileURL(createRequire(moduleUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); })`;
  } catch {
    return null;
  }
}

/** `size` threads of `moduleUrl` (which calls serveThread), or null when threads cannot start here. */
export function startThreadPool<In, Out>(moduleUrl: URL, workerData: unknown, size: number): ThreadPool<In, Out> | null {
  const boot = size > 0 ? bootOf(moduleUrl) : null;
  if (boot === null) return null;
  const threads = Array.from({ length: size }, () => {
    const worker = new Worker(boot, { eval: true, workerData });
    const waiting: { resolve: (value: Out) => void; reject: (error: Error) => void }[] = [];
    worker.on('message', (answer: Answer<Out>) => {
      const next = waiting.shift();
      if ('error' in answer) next?.reject(new Error(answer.error));
      else next?.resolve(answer.value);
    });
    const thread = { worker, waiting, failure: null as Error | null };
    // A thread that failed or exited answers nothing more: what waits on it, and any later call, is refused.
    const fail = (error: Error) => {
      thread.failure ??= error;
      waiting.splice(0).forEach(({ reject }) => reject(error));
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)));
    return thread;
  });
  let turn = 0;
  return {
    size,
    run: (input) =>
      new Promise<Out>((resolve, reject) => {
        const thread = threads[turn % threads.length] as (typeof threads)[number];
        turn += 1;
        if (thread.failure !== null) return reject(thread.failure);
        thread.waiting.push({ resolve, reject });
        thread.worker.postMessage(input);
      }),
    stop: async () => {
      await Promise.all(threads.map(({ worker }) => worker.terminate()));
    },
  };
}

/** The worker module's side: answers every message with `handle`'s value, or its error's message. */
export function serveThread<In, Out>(handle: (input: In) => Out): void {
  const port = parentPort;
  if (port === null) throw new Error('a thread module runs only as a worker thread');
  port.on('message', (input: In) => {
    try {
      port.postMessage({ value: handle(input) });
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}
