// How the index knows a deal file is still the one it read: its stat identity, and whether it was read too soon after a write to trust it.
import type { Stats } from 'node:fs';

/** Coarsest file timestamp in use (FAT: 2 s); a file written this close to its reading may change unseen in the same tick. */
const RACY_MS = 2_500;

/** mtimeMs and ctimeMs keep sub-millisecond digits where the file system has them. */
export function identity(stats: Stats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

export function isRacy(stats: Stats, readAt: number): boolean {
  return readAt - stats.mtimeMs < RACY_MS || readAt - stats.ctimeMs < RACY_MS;
}
