// Serializes the read-check-write of one deal file within this process (a promise-chain mutex).

const tails = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task for the same key has settled; tasks for other keys run freely. */
export function withDealLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
