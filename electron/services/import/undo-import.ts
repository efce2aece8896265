// Undoes the last import in one step, or refuses naming every deal changed since, so no later edit is lost.
import { messageRef } from '../../../shared/i18n/message-ref';
import { dealFingerprint } from '../../../shared/model/deal-fingerprint';
import { DealmapApiError } from '../dealmap-api-error';
import { readDealFile } from '../read-deal-file';
import { dealFileLabel, dealFilePath } from '../workspace-paths';
import { readLatestJournal, writeImportJournal, type ImportJournal } from './import-journal';
import { revertEntries } from './import-services';

/** Why undo cannot touch the entry's deal, or null when the file is exactly as the import left it. */
async function changedSince(workspace: string, entry: ImportJournal['entries'][number]): Promise<string | null> {
  const file = dealFileLabel(entry.id);
  const read = await readDealFile(dealFilePath(workspace, entry.id), file);
  if (read.kind === 'missing') return `"${entry.name}" (${file}) was deleted since the import`;
  if (read.kind === 'problem') return `"${entry.name}" (${file}) cannot be read: ${read.problem.message}`;
  if (dealFingerprint(read.deal) !== entry.after) return `"${read.deal.name}" (${file}) changed since the import`;
  return null;
}

/** The journal undone; throws not-found when there is nothing to undo, conflict when a deal changed since. */
export async function undoLastImport(workspace: string, now: Date): Promise<ImportJournal> {
  const journal = await readLatestJournal(workspace);
  if (journal === null || journal.undoneAt !== undefined) {
    throw new DealmapApiError('not-found', messageRef('host.import.nothing-to-undo'));
  }
  const reasons = (await Promise.all(journal.entries.map((entry) => changedSince(workspace, entry)))).filter((reason) => reason !== null);
  if (reasons.length > 0) {
    const shown = reasons.slice(0, 5).join('; ');
    const more = reasons.length > 5 ? ` and ${reasons.length - 5} more` : '';
    throw new DealmapApiError('conflict', `Undo refused, nothing was changed: ${shown}${more}. Undo would lose those changes; edit the deals by hand instead.`);
  }
  await revertEntries(workspace, journal.entries, now.toISOString());
  const undone = { ...journal, undoneAt: now.toISOString() };
  await writeImportJournal(workspace, undone);
  return undone;
}
