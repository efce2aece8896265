// Removes the temporary files a crashed save left behind (`.<file>.<pid>.<hex>.tmp`), once per workspace per process.
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { REVIEWS_FOLDER } from './reviews/review-paths';
import { DEALS_FOLDER } from './workspace-paths';

/** The shape durable-file.ts gives its temp files; the pid says whose they are. */
export const TEMP_FILE_NAME = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/;

/** A save takes milliseconds; a temp file this old was left by a writer that is gone, on any machine. */
const ABANDONED_AFTER_MS = 60_000;

function isRunningHere(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

async function isAbandoned(path: string, pid: number): Promise<boolean> {
  if (!isRunningHere(pid)) return true;
  const stats = await stat(path);
  return Date.now() - stats.mtimeMs > ABANDONED_AFTER_MS;
}

/** Removes the abandoned temp files of one folder; answers how many. Errors leave a file for the next start. */
async function sweepFolder(folder: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = TEMP_FILE_NAME.exec(name);
    if (match === null) continue;
    const path = join(folder, name);
    try {
      if (await isAbandoned(path, Number(match[1]))) {
        await unlink(path);
        removed += 1;
      }
    } catch {
      // Gone already, or not ours to remove: the listing skips temp files either way.
    }
  }
  return removed;
}

const swept = new Map<string, Promise<number>>();

/** Sweeps deals/, reviews/ and the workspace folder (settings.json) the first time a process opens `workspace`. */
export function sweepTempFilesOnce(workspace: string): Promise<number> {
  let sweep = swept.get(workspace);
  if (sweep === undefined) {
    sweep = Promise.all([workspace, join(workspace, DEALS_FOLDER), join(workspace, REVIEWS_FOLDER)].map(sweepFolder)).then((counts) =>
      counts.reduce((sum, count) => sum + count, 0),
    );
    swept.set(workspace, sweep);
  }
  return sweep;
}
