// `dealmap import ...` and `dealmap export csv ...`: preview (or apply) an import and print it; write the CSV exports.
import { access, readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { csvMappingSchema, type CsvMapping } from '../../shared/import/csv-mapping';
import { STAKEHOLDER_ROLES, type StakeholderRole } from '../../shared/model/vocabulary';
import { formatImportProblem } from '../../shared/import/problem-log';
import type { ImportPreview } from '../../shared/import/import-plan-types';
import { exportCrmCsv } from '../services/import/export-crm-csv';
import { applyImport, previewImport } from '../services/import/import-services';
import type { ImportRequest } from '../services/import/read-import-files';
import type { CliIo } from './cli-io';
import type { ExportCsvCommand, ImportCommand } from './import-args';

async function readMapping(path: string): Promise<CsvMapping | string> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    return `${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
  const parsed = csvMappingSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return `${path}: ${issue?.path.join('.') || '(document)'}: ${issue?.message ?? 'invalid'}`;
}

const rolesFileSchema = z.record(z.string().max(200), z.enum(STAKEHOLDER_ROLES, { error: `expected one of ${STAKEHOLDER_ROLES.join(', ')}` }));

async function readRoles(path: string): Promise<Record<string, StakeholderRole> | string> {
  try {
    const parsed = rolesFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    return `${path}: ${issue?.path.join('.') || '(document)'}: ${issue?.message ?? 'invalid'}`;
  } catch (error) {
    return `${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The preview as text: totals, then one block per deal that changes, then problems. */
export function formatImportPreview(preview: ImportPreview, applied: boolean): string {
  const { totals } = preview;
  const lines = [
    `${applied ? 'Imported' : 'Would import'}: ${totals.newDeals} new deals, ${totals.updatedDeals} changed, ${totals.unchangedDeals} unchanged; ${totals.newPeople} new people, ${totals.gonePeople} gone from the CRM, ${totals.changedFields} changed fields.`,
  ];
  for (const deal of preview.deals) {
    if (deal.action === 'unchanged') continue;
    lines.push(`${deal.action === 'new' ? 'new' : 'changed'}  ${deal.name} (${deal.dealId}, CRM ${deal.crmId})`);
    for (const change of deal.changes) lines.push(`    ${change.field}: ${change.before || '(none)'} -> ${change.after || '(none)'}`);
    if (deal.newPeople.length > 0) lines.push(`    new people: ${deal.newPeople.join(', ')}`);
    if (deal.gonePeople.length > 0) lines.push(`    gone from the CRM (kept, marked): ${deal.gonePeople.join(', ')}`);
    if (deal.returnedPeople.length > 0) lines.push(`    back in the CRM: ${deal.returnedPeople.join(', ')}`);
  }
  if (preview.skippedRows > 0) lines.push(`Skipped ${preview.skippedRows} record(s) with errors (listed below).`);
  return `${lines.join('\n')}\n`;
}

/** 0 imported (or a clean dry run), 1 rows had errors (nothing written), 2 a file or the mapping cannot be used. */
export async function runImportCommand(command: ImportCommand, io: CliIo, cwd: string, now: Date): Promise<number> {
  for (const { path } of command.files) {
    if (!(await access(resolve(cwd, path)).then(() => true, () => false))) {
      io.stderr.write(`dealmap: no such file: ${path}\n`);
      return 2;
    }
  }
  let mapping: CsvMapping | undefined;
  if (command.mapping !== undefined) {
    const read = await readMapping(resolve(cwd, command.mapping));
    if (typeof read === 'string') {
      io.stderr.write(`dealmap: the mapping cannot be used: ${read}\n`);
      return 2;
    }
    mapping = read;
  }
  let roles: Record<string, StakeholderRole> = {};
  if (command.roles !== undefined) {
    const read = await readRoles(resolve(cwd, command.roles));
    if (typeof read === 'string') {
      io.stderr.write(`dealmap: the roles file cannot be used: ${read}\n`);
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
  if (command.json) io.stdout.write(`${JSON.stringify({ ...preview, applied: write })}\n`);
  else io.stdout.write(formatImportPreview(preview, write));
  for (const problem of preview.problems) io.stderr.write(`${problem.severity}: ${formatImportProblem(problem)}\n`);
  if (!preview.canApply) {
    if (!command.json) io.stderr.write('dealmap: the import has errors; nothing was written. Fix the files, or pass --skip-bad-rows to leave those records out.\n');
    return 1;
  }
  return 0;
}

export async function runExportCsvCommand(command: ExportCsvCommand, io: CliIo, cwd: string): Promise<number> {
  const written = await exportCrmCsv(resolve(cwd, command.workspace), resolve(cwd, command.folder), command.asOf);
  io.stdout.write(`Wrote ${written.files.map((file) => file.name).join(', ')} to ${command.folder}: ${written.deals} deals, ${written.stakeholders} stakeholders, ${written.contactRoles} Salesforce contact roles.\n`);
  return 0;
}
