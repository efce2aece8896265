// One request/answer mechanism for the page's workers: start once, match answers to requests by id, fall back where no worker runs.

/** A request/answer channel to one module worker, started on first use. */
export interface WorkerClient<Task, Answer> {
  /** True when the worker runs (or can start); false in a test DOM. */
  readonly available: () => boolean;
  /** The worker's answer to one task, or null when no worker can take it (the caller works in this thread). */
  readonly ask: (task: Task) => Promise<Answer> | null;
}

/**
 * `start` must hold the literal `new Worker(new URL('./file.ts', import.meta.url), …)` so that vite bundles the worker;
 * `stopped` is the answer every waiting request gets when the worker fails.
 */
export function workerClient<Task extends object, Answer extends { readonly id: number }>(
  start: () => Worker,
  stopped: (id: number) => Answer,
): WorkerClient<Task, Answer> {
  let worker: Worker | null | undefined;
  let nextId = 1;
  const waiting = new Map<number, (answer: Answer) => void>();

  function running(): Worker | null {
    if (worker !== undefined) return worker;
    if (typeof Worker === 'undefined') return (worker = null);
    try {
      worker = start();
      worker.onmessage = (event: MessageEvent<Answer>) => {
        waiting.get(event.data.id)?.(event.data);
        waiting.delete(event.data.id);
      };
      // A worker that cannot start or dies answers every waiting request with an error; callers fall back to this thread.
      worker.onerror = () => {
        for (const [id, answer] of waiting) answer(stopped(id));
        waiting.clear();
        worker = null;
      };
    } catch {
      worker = null;
    }
    return worker;
  }

  return {
    available: () => running() !== null,
    ask: (task) => {
      const target = running();
      if (!target) return null;
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        target.postMessage({ ...task, id });
      });
    },
  };
}
