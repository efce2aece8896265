// The thread pool on real worker threads: answers in turn, an error passed back, a thread that cannot start refuses calls.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { moduleInputs, prepareThreadModule, startThreadPool } from '../../../electron/services/thread-pool';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { buildHealthyDeal } from '../../support/deal-builder';

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

  it('runs a TypeScript module as one bundle without the tsx loader, and lays out a map there as here', async () => {
    const pool = startThreadPool<unknown, { layout: unknown; execArgv: string[] }>(new URL('./fixtures/layout-thread.ts', import.meta.url), null, 1);
    const deal = buildHealthyDeal();
    try {
      const answer = await pool?.run(deal);
      // ELK, loaded only when used, gives the thread the very layout this thread computes.
      expect(answer?.layout).toEqual(autoLayout(deal));
      expect(answer?.execArgv).toEqual([]);
    } finally {
      await pool?.stop();
    }
  }, 30_000);

  it('starts threads from a bundle made in the background beforehand, without bundling the module again', async () => {
    const module = new URL('./fixtures/doubling-thread.ts', import.meta.url);
    expect(moduleInputs(module)).toBeNull();
    await prepareThreadModule(module);
    const prepared = moduleInputs(module);
    expect(prepared?.files).toContain(fileURLToPath(module));
    const pool = startThreadPool<number, number>(module, null, 1);
    try {
      await expect(pool?.run(21)).resolves.toBe(42);
      // A bundle made again would have been started later.
      expect(moduleInputs(module)?.startedAt).toBe(prepared?.startedAt);
    } finally {
      await pool?.stop();
    }
  }, 30_000);

  it('stops a thread that outgrows its heap cap and refuses its calls, the process unharmed', async () => {
    const pool = startThreadPool<number, number>(new URL('./fixtures/hungry-thread.ts', import.meta.url), null, 1, { maxHeapMb: 16 });
    try {
      await expect(pool?.run(1)).resolves.toBe(1);
      await expect(pool?.run(200)).rejects.toThrow();
      await expect(pool?.run(1)).rejects.toThrow();
    } finally {
      await pool?.stop();
    }
  }, 30_000);
});
