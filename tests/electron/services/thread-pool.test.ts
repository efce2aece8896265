// The thread pool on real worker threads: answers in turn, an error passed back, a thread that cannot start refuses calls.
import { describe, expect, it } from 'vitest';
import { startThreadPool } from '../../../electron/services/thread-pool';

describe('thread pool', () => {
  it('refuses calls to a thread that failed to start, now and later, instead of leaving them waiting', async () => {
    const pool = startThreadPool<number, number>(new URL('./fixtures/failing-thread.ts', import.meta.url), null, 1);
    expect(pool).not.toBeNull();
    await expect(pool?.run(1)).rejects.toThrow();
    await expect(pool?.run(2)).rejects.toThrow();
    await pool?.stop();
  });

  it('starts no thread for a module that is not a TypeScript file on disk', () => {
    expect(startThreadPool(new URL('./fixtures/missing-thread.ts', import.meta.url), null, 1)).toBeNull();
    expect(startThreadPool(new URL('./fixtures/failing-thread.ts', import.meta.url), null, 0)).toBeNull();
  });
});
