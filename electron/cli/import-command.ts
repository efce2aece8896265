// `dealmap import ...` and `dealmap export csv ...`: preview (or apply) an import and print it; write the CSV exports.
import { access, readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { csvMappingSchema, type CsvMapping } from '../../shared/import/csv-mapping';
import { STAKEHOLDER_ROLES, type StakeholderRole } from '../../shared/model/vocabulary';
import { importProblemMessage } from '../../shared/import/problem-log';
import { fieldIssueText } from '../../shared/model/file-problem-text';
import { toFieldIssues } from '../../shared/model/validation';
import type { ImportPreview } from '../../shared/import/import-plan-types';
import { exportCrmCsv } from '../services/import/export-crm-csv';
import { applyImport, previewImport } from '../services/import/import-services';
import type { ImportRequest } from '../services/import/read-import-files';
import type { CliIo } from './cli-io';
import { dealmapIntl, messageRef, renderMessage, renderedMessage, type DealmapIntl, type Language, type MessageValue } from '../../shared/i18n';
import type { ExportCsvCommand, ImportCommand } from './import-args';

/** The file's first issue: its path as the file writes it, the reason in `intl`'s language. */
function issueLine(path: string, error: z.ZodError, value: unknown, intl: DealmapIntl): string {
  const issue = error.issues[0];
  const [first] = toFieldIssues(error, value);
  return `${path}: ${issue?.path.join('.') || '(document)'}: ${first === undefined ? 'invalid' : fieldIssueText(intl, first)}`;
}

async function readMapping(path: string, intl: DealmapIntl): Promise<CsvMapping | string> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    return `${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
  const parsed = csvMappingSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  return issueLine(path, parsed.error, value, intl);
}

const rolesFileSchema = z.record(z.string().max(200), z.enum(STAKEHOLDER_ROLES, { error: `expected one of ${STAKEHOLDER_ROLES.join(', ')}` }));

async function readRoles(path: string, intl: DealmapIntl): Promise<Record<string, StakeholderRole> | string> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as unknown;
    const parsed = rolesFileSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    return issueLine(path, parsed.error, value, intl);
  } catch (error) {
    return `${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The preview as text in `intl`'s language: totals, then one block per deal that changes, then problems. */
export function formatImportPreview(preview: ImportPreview, applied: boolean, intl: DealmapIntl = dealmapIntl('en')): string {
  const say = (id: string, values?: Readonly<Record<string, MessageValue>>) => renderMessage(intl, messageRef(`cli-commands.import.${id}`, values));
  const { totals } = preview;
  const lines = [say('totals', { applied: applied ? 'yes' : 'no', ...totals })];
  const none = say('none');
  // Names as the CRM gives them, comma-separated as before: a list of records, not a sentence.
  const names = (people: readonly string[]) => people.join(', ');
  for (const deal of preview.deals) {
    if (deal.action === 'unchanged') continue;
    lines.push(say('deal', { action: deal.action, name: deal.name, dealId: deal.dealId, crmId: deal.crmId }));
    for (const change of deal.changes) lines.push(`    ${say('change', { field: change.field, before: change.before || none, after: change.after || none })}`);
    if (deal.newPeople.length > 0) lines.push(`    ${say('new-people', { names: names(deal.newPeople) })}`);
    if (deal.gonePeople.length > 0) lines.push(`    ${say('gone-people', { names: names(deal.gonePeople) })}`);
    if (deal.returnedPeople.length > 0) lines.push(`    ${say('returned-people', { names: names(deal.returnedPeople) })}`);
  }
  if (preview.skippedRows > 0) lines.push(say('skipped', { count: preview.skippedRows }));
  return `${lines.join('\n')}\n`;
}

/** 0 imported (or a clean dry run), 1 rows had errors (nothing written), 2 a file or the mapping cannot be used. */
export async function runImportCommand(command: ImportCommand, io: CliIo, cwd: string, now: Date, language: Language = 'en'): Promise<number> {
  const intl = dealmapIntl(language);
  const say = (id: string, values?: Readonly<Record<string, MessageValue>>) => renderMessage(intl, messageRef(`cli-commands.${id}`, values));
  for (const { path } of command.files) {
    if (!(await access(resolve(cwd, path)).then(() => true, () => false))) {
      io.stderr.write(`dealmap: ${say('import.no-such-file', { path })}\n`);
      return 2;
    }
  }
  let mapping: CsvMapping | undefined;
  if (command.mapping !== undefined) {
    const read = await readMapping(resolve(cwd, command.mapping), intl);
    if (typeof read === 'string') {
      io.stderr.write(`dealmap: ${say('import.mapping-unusable', { reason: read })}\n`);
      return 2;
    }
    mapping = read;
  }
  let roles: Record<string, StakeholderRole> = {};
  if (command.roles !== undefined) {
    const read = await readRoles(resolve(cwd, command.roles), intl);
    if (typeof read === 'string') {
      io.stderr.write(`dealmap: ${say('import.roles-unusable', { reason: read })}\n`);
      return 2;
    }
    roles = read;
  }
  const request: ImportRequest = {
    system: command.system,
    files: command.files.map(({ role, path }) => ({ role, source: { name: basename(path), path: resolve(cwd, path) } })),
    ...(mapping === undefined ? {} : { mapping }),
    options: { dateOrder: command.dateOrder, skipBadRows: command.skipBadRows, roles },
  };
  const workspace = resolve(cwd, command.workspace);
  const plan = await previewImport(workspace, request, now);
  const { preview } = plan;
  const write = !command.dryRun && preview.canApply;
  if (write) await applyImport(workspace, request, now);
  // A problem's reason as {id, values, text}, like report --json; `message` stays the English text.
  const problems = preview.problems.map((problem) => (problem.reason === undefined ? problem : { ...problem, reason: renderedMessage(intl, problem.reason) }));
  if (command.json) io.stdout.write(`${JSON.stringify({ ...preview, problems, applied: write })}\n`);
  else io.stdout.write(formatImportPreview(preview, write, intl));
  for (const problem of preview.problems) io.stderr.write(`${say('problem-line', { severity: problem.severity, problem: importProblemMessage(problem) })}\n`);
  if (!preview.canApply) {
    if (!command.json) io.stderr.write(`dealmap: ${say('import.has-errors')}\n`);
    return 1;
  }
  return 0;
}

export async function runExportCsvCommand(command: ExportCsvCommand, io: CliIo, cwd: string, language: Language = 'en'): Promise<number> {
  const written = await exportCrmCsv(resolve(cwd, command.workspace), resolve(cwd, command.folder), command.asOf);
  const files = written.files.map((file) => file.name);
  const values = { files, folder: command.folder, deals: written.deals, stakeholders: written.stakeholders, contactRoles: written.contactRoles };
  io.stdout.write(`${renderMessage(dealmapIntl(language), messageRef('cli-commands.export.wrote', values))}\n`);
  return 0;
}
