// The journal of each import under `<workspace>/imports/`: what it created and the deals as they were, for one-step undo.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { messageRef } from '../../../shared/i18n/message-ref';
import { dealSchema } from '../../../shared/model/deal-schema';
import { zodIssueReason } from '../../../shared/model/field-issue-reason';
import { CRM_SYSTEMS } from '../../../shared/model/external-schema';
import { DealmapApiError } from '../dealmap-api-error';
import { isMissingFileError, writeFileDurably } from '../durable-file';

export const IMPORTS_FOLDER = 'imports';

const entrySchema = z.union([
  z.object({ kind: z.literal('created'), id: z.string(), name: z.string(), after: z.string() }),
  z.object({ kind: z.literal('updated'), id: z.string(), name: z.string(), after: z.string(), before: dealSchema }),
]);

export const importJournalSchema = z.object({
  id: z.string(),
  system: z.enum(CRM_SYSTEMS),
  /** When the import was applied, ISO 8601. */
  at: z.string(),
  /** The files the import read, by name. */
  files: z.array(z.string()),
  /** `after` is dealFingerprint of the deal as the import wrote it: undo refuses a deal changed since. */
  entries: z.array(entrySchema),
  undoneAt: z.string().optional(),
});

export type ImportJournal = z.infer<typeof importJournalSchema>;
export type ImportJournalEntry = z.infer<typeof entrySchema>;

export function importsFolder(workspace: string): string {
  return join(workspace, IMPORTS_FOLDER);
}

/** Writes the journal atomically and durably. */
export async function writeImportJournal(workspace: string, journal: ImportJournal): Promise<void> {
  await mkdir(importsFolder(workspace), { recursive: true });
  const path = join(importsFolder(workspace), `${journal.id}.json`);
  await writeFileDurably(path, `${JSON.stringify(journal)}\n`);
}

/** A journal id that sorts by time: `2026-12-02T14-05-09-123Z`. */
export function newJournalId(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** The newest journal (undone or not), or null when the workspace has none. */
export async function readLatestJournal(workspace: string): Promise<ImportJournal | null> {
  let names: string[];
  try {
    names = await readdir(importsFolder(workspace));
  } catch (error) {
    if (isMissingFileError(error)) return null;
    throw error;
  }
  const latest = names.filter((name) => name.endsWith('.json')).sort().at(-1);
  if (latest === undefined) return null;
  const text = await readFile(join(importsFolder(workspace), latest), 'utf8');
  const data: unknown = JSON.parse(text);
  const parsed = importJournalSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const reason = issue === undefined ? 'invalid' : (zodIssueReason(issue, data) ?? issue.message);
    throw new DealmapApiError('unreadable-file', messageRef('host.import.not-a-journal', { file: `${IMPORTS_FOLDER}/${latest}`, reason }));
  }
  return parsed.data;
}
