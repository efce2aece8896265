// Preview, apply and undo of a CRM import: all or nothing, through the deal store's locked, checked writes.
import { resolve } from 'node:path';
import { dealFingerprint } from '../../../shared/model/deal-fingerprint';
import type { Deal } from '../../../shared/model/deal-schema';
import { importProblemMessage } from '../../../shared/import/problem-log';
import { validateDeal } from '../../../shared/model/validation';
import { indexImportedDeals, planImport, type ImportPlan, type PlannedWrite } from '../../../shared/import/plan-import';
import { candidateDealId, slugifyDealName } from '../deal-id';
import { withDealLock } from '../deal-lock';
import { readDealForChange, readExistingDeal, removeDealFile, writeDeal, writeNewDeal } from '../deal-store';
import { messageRef } from '../../../shared/i18n/message-ref';
import { DealmapApiError, semicolonList } from '../dealmap-api-error';
import { dealFilePath } from '../workspace-paths';
import { newJournalId, writeImportJournal, type ImportJournal, type ImportJournalEntry } from './import-journal';
import { readImportFiles, type ImportRequest } from './read-import-files';
import { readWorkspaceDeals } from './workspace-deals';

export interface AppliedImport {
  readonly plan: ImportPlan;
  /** The journal id, null when nothing needed writing. */
  readonly journalId: string | null;
}

/** Reads the files and plans them against the workspace; writes nothing. */
export async function previewImport(workspace: string, request: ImportRequest, now: Date): Promise<ImportPlan> {
  const [reading, existing] = await Promise.all([readImportFiles(request), readWorkspaceDeals(workspace)]);
  const taken = new Set(existing.takenIds);
  const newIdFor = (name: string) => {
    const slug = slugifyDealName(name);
    for (let attempt = 1; ; attempt += 1) {
      const id = candidateDealId(slug, attempt);
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
  };
  const plan = planImport(request.system, { ...reading, problems: [...existing.problems, ...reading.problems] }, indexImportedDeals(existing.deals), newIdFor, now.toISOString());
  return plan;
}

/** How many deal files an import writes at once. */
const PARALLEL_WRITES = 16;

function locked<T>(workspace: string, id: string, task: () => Promise<T>): Promise<T> {
  return withDealLock(dealFilePath(workspace, id), task);
}

/** Makes one planned write; answers the journal entry that undoes it. */
async function applyWrite(workspace: string, write: PlannedWrite, updatedAt: string): Promise<ImportJournalEntry> {
  const { deal } = write;
  if (write.kind === 'create') {
    await locked(workspace, deal.id, () => writeNewDeal(workspace, deal));
    return { kind: 'created', id: deal.id, name: deal.name, after: dealFingerprint(deal) };
  }
  const { before } = write;
  return locked(workspace, deal.id, async () => {
    // The file must still be the one the plan was made from: a save in between is never overwritten.
    await readDealForChange(workspace, before.id, before.name, before.revision, 'saved', dealFingerprint(before));
    const written: Deal = { ...deal, revision: before.revision + 1, updatedAt };
    await writeDeal(workspace, written);
    return { kind: 'updated', id: deal.id, name: deal.name, before, after: dealFingerprint(written) };
  });
}

/** Puts back what the entries wrote, newest first; used when an apply fails half-way and by undo. */
export async function revertEntries(workspace: string, entries: readonly ImportJournalEntry[], updatedAt: string): Promise<void> {
  for (const entry of [...entries].reverse()) {
    await locked(workspace, entry.id, async () => {
      if (entry.kind === 'created') await removeDealFile(workspace, entry.id);
      else {
        const current = await readExistingDeal(workspace, entry.id).catch(() => undefined);
        const revision = Math.max(current?.revision ?? 0, entry.before.revision) + 1;
        await writeDeal(workspace, { ...entry.before, revision, updatedAt });
      }
    });
  }
}

/** Plans and writes the import; refuses with every error named when the files have errors and bad rows are not skipped. */
export async function applyImport(workspaceFolder: string, request: ImportRequest, now: Date): Promise<AppliedImport> {
  const workspace = resolve(workspaceFolder);
  const plan = await previewImport(workspace, request, now);
  if (!plan.preview.canApply) {
    const errors = plan.preview.problems.filter((problem) => problem.severity === 'error');
    throw new DealmapApiError('invalid-payload', messageRef('host.import.has-errors', { count: errors.length, problems: semicolonList(errors.slice(0, 5).map(importProblemMessage)) }));
  }
  if (plan.writes.length === 0) return { plan, journalId: null };
  // Whatever the files held, no deal file is written that Dealmap could not read back.
  for (const { deal } of plan.writes) {
    const validation = validateDeal(deal);
    if (!validation.ok) {
      const issue = validation.issues[0];
      throw new DealmapApiError('invalid-payload', messageRef('host.import.would-break-deal', { name: deal.name, path: issue?.path ?? '', reason: issue?.message ?? 'invalid' }));
    }
  }
  const updatedAt = now.toISOString();
  const entries: ImportJournalEntry[] = [];
  // Each write is durable (fsync of file and folder); a few at once keep the disk busy instead of waiting on each.
  for (let start = 0; start < plan.writes.length; start += PARALLEL_WRITES) {
    const batch = plan.writes.slice(start, start + PARALLEL_WRITES);
    const results = await Promise.allSettled(batch.map((write) => applyWrite(workspace, write, updatedAt)));
    for (const result of results) if (result.status === 'fulfilled') entries.push(result.value);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed !== undefined) {
      await revertEntries(workspace, entries, updatedAt);
      throw failed.reason;
    }
  }
  const journal: ImportJournal = {
    id: newJournalId(now),
    system: request.system,
    at: updatedAt,
    files: request.files.map((file) => file.source.name),
    entries,
  };
  await writeImportJournal(workspace, journal);
  return { plan, journalId: journal.id };
}
