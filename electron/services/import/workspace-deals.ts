// Every deal file of a workspace for an import: the readable deals and the ids already taken (unreadable files too).
import { readdir } from 'node:fs/promises';
import type { ImportProblem } from '../../../shared/import/import-types';
import { messageRef } from '../../../shared/i18n/message-ref';
import { importProblem } from '../../../shared/import/problem-log';
import type { Deal } from '../../../shared/model/deal-schema';
import { isMissingFileError } from '../durable-file';
import { readDealFile } from '../read-deal-file';
import { dealFileLabel, dealFilePath, dealsFolder } from '../workspace-paths';

export interface WorkspaceDeals {
  readonly deals: readonly Deal[];
  /** Every id with a file, readable or not: a new deal never takes one. */
  readonly takenIds: ReadonlySet<string>;
  /** Unreadable deal files, as warnings: a deal of the CRM in one of them cannot be matched. */
  readonly problems: readonly ImportProblem[];
}

const READ_BATCH = 64;

export async function readWorkspaceDeals(workspace: string): Promise<WorkspaceDeals> {
  let names: string[];
  try {
    names = await readdir(dealsFolder(workspace));
  } catch (error) {
    if (isMissingFileError(error)) return { deals: [], takenIds: new Set(), problems: [] };
    throw error;
  }
  const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).sort();
  const deals: Deal[] = [];
  const problems: ImportProblem[] = [];
  for (let start = 0; start < ids.length; start += READ_BATCH) {
    const batch = ids.slice(start, start + READ_BATCH);
    const reads = await Promise.all(batch.map((id) => readDealFile(dealFilePath(workspace, id), dealFileLabel(id))));
    for (const read of reads) {
      if (read.kind === 'deal') deals.push(read.deal);
      else if (read.kind === 'problem') {
        problems.push(importProblem('warning', read.problem.file, messageRef('importing.reason.deal-file-untouched', { problem: read.problem.message })));
      }
    }
  }
  return { deals, takenIds: new Set(ids), problems };
}
