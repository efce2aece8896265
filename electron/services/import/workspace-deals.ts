// Every deal file of a workspace for an import: the readable deals and the ids already taken (unreadable files too).
import { readdir } from 'node:fs/promises';
import type { ImportProblem } from '../../../shared/import/import-types';
import { messageRef, type MessageValue } from '../../../shared/i18n/message-ref';
import type { DealFileProblem } from '../../../shared/api/contract';
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

/** The problem's first issue without the file name the import problem already starts with, its reason translatable. */
function fileIssue(problem: DealFileProblem): MessageValue {
  const first = problem.issues[0];
  if (first === undefined) return problem.message.startsWith(`${problem.file}: `) ? problem.message.slice(problem.file.length + 2) : problem.message;
  const reason = first.reason ?? first.message;
  return first.path === '(document)' ? reason : messageRef('importing.reason.field-issue', { path: first.path, reason });
}

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
        problems.push(importProblem('warning', read.problem.file, messageRef('importing.reason.deal-file-untouched', { problem: fileIssue(read.problem) })));
      }
    }
  }
  return { deals, takenIds: new Set(ids), problems };
}
