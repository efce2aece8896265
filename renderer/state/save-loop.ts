// The clock of the save machine: a typing pause per key (debounce), and one queue so saves answer in order.

export class SaveLoop<K> {
  private readonly timers = new Map<K, ReturnType<typeof setTimeout>>();
  private queue: Promise<void> = Promise.resolve();

  /** `attempt(key)` is called for each save, one at a time, each after the previous one answered. */
  constructor(
    private readonly delayMs: number,
    private readonly attempt: (key: K) => Promise<void>,
  ) {}

  /** Runs the key's save once edits pause for the delay; a newer edit starts the pause again. */
  schedule(key: K): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.run(key), this.delayMs));
  }

  /** Queues the key's save now; resolves once every save queued so far has answered. */
  run(key: K): Promise<void> {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.queue = this.queue.then(() => this.attempt(key));
    return this.queue;
  }

  /** Resolves once every save queued so far has answered. */
  settled(): Promise<void> {
    return this.queue;
  }

  /** Stops the timers; a save already queued still answers. */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
