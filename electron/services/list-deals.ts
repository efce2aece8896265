// Reads every deal file of a workspace; a bad file becomes a listed problem, the rest still load.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DealFileProblem, WorkspaceListing } from '../../shared/api/contract';
import type { Deal } from '../../shared/model/deal-schema';
import { isMissingFileError, isTempFileName } from './deal-file-adapter';
import { readDealFile } from './read-deal-file';
import { DEALS_FOLDER, dealsFolder } from './workspace-paths';

async function dealFileNames(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && !isTempFileName(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if (isMissingFileError(error)) return [];
    throw error;
  }
}

/** Name first (as people read it), then id so the order is total. */
export function compareDeals(a: Deal, b: Deal): number {
  return a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export async function listWorkspaceDeals(workspace: string): Promise<WorkspaceListing> {
  const folder = dealsFolder(workspace);
  const deals: Deal[] = [];
  const problems: DealFileProblem[] = [];
  for (const name of await dealFileNames(folder)) {
    const read = await readDealFile(join(folder, name), `${DEALS_FOLDER}/${name}`);
    if (read.kind === 'deal') deals.push(read.deal);
    else if (read.kind === 'problem') problems.push(read.problem);
    // 'missing': deleted between readdir and read; it is simply gone.
  }
  deals.sort(compareDeals);
  return { workspace, deals, problems };
}
