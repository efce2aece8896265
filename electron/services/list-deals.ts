// Reads every deal file of a workspace; a bad file becomes a listed problem, the rest still load.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DealFileProblem } from '../../shared/api/contract';
import type { Deal } from '../../shared/model/deal-schema';
import { isMissingFileError, isTempFileName } from './durable-file';
import { readDealFile, type DealFileRead } from './read-deal-file';
import { DEALS_FOLDER, dealsFolder } from './workspace-paths';

/** Every `.json` entry, whatever its type: a symlink, FIFO or folder named like a deal is listed as that file's problem. */
export async function dealFileNames(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.name.endsWith('.json') && !isTempFileName(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if (isMissingFileError(error)) return [];
    throw error;
  }
}

/** Name first (as people read it), then id so the order is total. */
export function compareDeals(a: Pick<Deal, 'name' | 'id'>, b: Pick<Deal, 'name' | 'id'>): number {
  return a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Files read at once. One at a time left the disk idle between files (5,000 deals took seconds);
 * a few dozen keep Node's I/O threads busy without holding thousands of files open.
 */
const READ_CONCURRENCY = 32;

/** Reads every file with at most READ_CONCURRENCY reads in flight, each handed to `each` (with its position in `names`) as soon as it is read. */
async function readEach(folder: string, names: readonly string[], each: (read: DealFileRead, index: number) => void): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const index = next;
      next += 1;
      const name = names[index] as string;
      each(await readDealFile(join(folder, name), `${DEALS_FOLDER}/${name}`), index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, names.length) }, worker));
}

/** Every file read (see readEach); results keep the names' order. */
async function readAll(folder: string, names: readonly string[]): Promise<DealFileRead[]> {
  const reads: DealFileRead[] = new Array<DealFileRead>(names.length);
  await readEach(folder, names, (read, index) => {
    reads[index] = read;
  });
  return reads;
}

/**
 * Every deal file of the workspace read and handed to `each` as it is read, in no set order, and
 * then let go: what `each` keeps is all that stays in memory. Problems come back in file name order.
 */
export async function forEachWorkspaceDeal(workspace: string, each: (deal: Deal) => void): Promise<DealFileProblem[]> {
  const folder = dealsFolder(workspace);
  const names = await dealFileNames(folder);
  const problems: { readonly index: number; readonly problem: DealFileProblem }[] = [];
  await readEach(folder, names, (read, index) => {
    if (read.kind === 'deal') each(read.deal);
    else if (read.kind === 'problem') problems.push({ index, problem: read.problem });
  });
  return problems.sort((a, b) => a.index - b.index).map(({ problem }) => problem);
}

/** Every readable deal in full: for reviews and the CLI; the app lists summaries through the index. */
export interface DealListing {
  readonly workspace: string;
  readonly deals: readonly Deal[];
  readonly problems: readonly DealFileProblem[];
}

export async function listWorkspaceDeals(workspace: string): Promise<DealListing> {
  const folder = dealsFolder(workspace);
  const deals: Deal[] = [];
  const problems: DealFileProblem[] = [];
  for (const read of await readAll(folder, await dealFileNames(folder))) {
    if (read.kind === 'deal') deals.push(read.deal);
    else if (read.kind === 'problem') problems.push(read.problem);
    // 'missing': deleted between readdir and read; it is simply gone.
  }
  deals.sort(compareDeals);
  return { workspace, deals, problems };
}
