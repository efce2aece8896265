// Undoes the last import in one step, or refuses naming every deal changed since, so no later edit is lost.
import { messageRef, type MessageRef } from '../../../shared/i18n/message-ref';
import { dealFingerprint } from '../../../shared/model/deal-fingerprint';
import { DealmapApiError, semicolonList } from '../dealmap-api-error';
import { readDealFile } from '../read-deal-file';
import { dealFileLabel, dealFilePath } from '../workspace-paths';
import { readLatestJournal, writeImportJournal, type ImportJournal } from './import-journal';
import { revertEntries } from './import-services';

/** Why undo cannot touch the entry's deal, or null when the file is exactly as the import left it. */
async function changedSince(workspace: string, entry: ImportJournal['entries'][number]): Promise<MessageRef | null> {
  const file = dealFileLabel(entry.id);
  const read = await readDealFile(dealFilePath(workspace, entry.id), file);
  if (read.kind === 'missing') return messageRef('host.import.undo-deleted', { name: entry.name, file });
  if (read.kind === 'problem') return messageRef('host.import.undo-unreadable', { name: entry.name, file, problem: read.problem.message });
  if (dealFingerprint(read.deal) !== entry.after) return messageRef('host.import.undo-changed', { name: read.deal.name, file });
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
    throw new DealmapApiError('conflict', messageRef('host.import.undo-refused', { reasons: semicolonList(reasons.slice(0, 5)), more: Math.max(0, reasons.length - 5) }));
  }
  await revertEntries(workspace, journal.entries, now.toISOString());
  const undone = { ...journal, undoneAt: now.toISOString() };
  await writeImportJournal(workspace, undone);
  return undone;
}
