// Serializes the read-check-write of one workspace file, within this process and across processes and machines.
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { lock } from 'proper-lockfile';
import { DealmapApiError } from './dealmap-api-error';
import { messageRef } from '../../shared/i18n/message-ref';

const tails = new Map<string, Promise<unknown>>();

/** The lock beside `file`: hidden (leading dot) so listings and the deal count never see it. */
export function lockPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.lock`);
}

async function folderExists(folder: string): Promise<boolean> {
  return stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

/** A lock not refreshed for this long belongs to a process that died; another writer may take it. */
const STALE_MS = 10_000;

/**
 * proper-lockfile's lock is a folder made with mkdir, atomic on local and network file systems, so
 * two Dealmap processes (app, host, CLI, a teammate's machine on a shared folder) never interleave
 * their read-check-write of one file. The wait stays short: a save holds it for milliseconds.
 */
async function withFileLock<T>(file: string, task: () => Promise<T>): Promise<T> {
  // The folder does not exist yet (first deal of a new workspace): there is nothing to race over, and new files are created exclusively.
  if (!(await folderExists(dirname(file)))) return task();
  let release: () => Promise<void>;
  try {
    release = await lock(file, {
      realpath: false,
      lockfilePath: lockPathFor(file),
      stale: STALE_MS,
      retries: { retries: 400, factor: 1.2, minTimeout: 2, maxTimeout: 50, randomize: true },
      // Losing the lock (a frozen process taken over as stale) must not crash the app; the next write's check still runs.
      onCompromised: () => undefined,
    });
  } catch (error) {
    throw new DealmapApiError('conflict', messageRef('host.deal.locked', { file: basename(file), reason: error instanceof Error ? error.message : String(error) }));
  }
  try {
    return await task();
  } finally {
    await release().catch(() => undefined);
  }
}

/**
 * Runs `task` after every earlier task for the same key has settled, holding the key file's
 * inter-process lock while it runs; tasks for other keys run freely. The key is the file's path.
 */
export function withDealLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const locked = () => withFileLock(key, task);
  const run = previous.then(locked, locked);
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
