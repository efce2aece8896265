// Writes the CSV exports: pipeline and stakeholders for Excel in any locale, and contact roles for Data Loader.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { CONTACT_ROLE_HEADERS, contactRoleRows, PIPELINE_HEADERS, pipelineRows, STAKEHOLDER_HEADERS, stakeholderRows } from '../../../shared/import/crm-export-rows';
import { defaultWorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { salesforceRole } from '../../../shared/import/role-tables';
import { readWorkspaceSettings } from '../settings-store';
import { readWorkspaceDeals } from './workspace-deals';

export const PIPELINE_CSV = 'pipeline.csv';
export const STAKEHOLDERS_CSV = 'stakeholders.csv';
export const CONTACT_ROLES_CSV = 'opportunity-contact-roles.csv';

/** A cell Excel would run as a formula (`=HYPERLINK(...)` as a contact's name in the CRM) is written as text. */
export function excelSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * Excel opens a tab-separated UTF-16LE file with a byte order mark in columns whatever the
 * locale's list separator (`,` in English, `;` in Swedish) and keeps å, ß and 日本語 intact.
 */
export function excelCsv(headers: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  const text = stringify([headers, ...rows.map((row) => row.map(excelSafe))], { delimiter: '\t', record_delimiter: '\r\n' });
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** Data Loader's default: UTF-8, comma-separated, API names in the header. */
export function dataLoaderCsv(headers: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  return Buffer.from(stringify([headers, ...rows], { record_delimiter: '\r\n' }), 'utf8');
}

export interface CrmCsvFiles {
  readonly files: readonly { readonly name: string; readonly bytes: Buffer }[];
  readonly deals: number;
  readonly stakeholders: number;
  readonly contactRoles: number;
}

/** Qualifies every readable deal as of `asOf` and builds the three files. */
export async function crmCsvFiles(workspaceFolder: string, asOf: string): Promise<CrmCsvFiles> {
  const workspace = resolve(workspaceFolder);
  const [{ deals }, settings] = await Promise.all([readWorkspaceDeals(workspace), readWorkspaceSettings(workspace).catch(() => defaultWorkspaceSettings())]);
  const sorted = [...deals].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const qualified = sorted.map((deal) => ({ deal, qualification: qualifyDeal(deal, { asOf, settings }) }));
  const people = stakeholderRows(qualified);
  const roles = contactRoleRows(sorted, (text) => salesforceRole(text));
  return {
    files: [
      { name: PIPELINE_CSV, bytes: excelCsv(PIPELINE_HEADERS, pipelineRows(qualified)) },
      { name: STAKEHOLDERS_CSV, bytes: excelCsv(STAKEHOLDER_HEADERS, people) },
      { name: CONTACT_ROLES_CSV, bytes: dataLoaderCsv(CONTACT_ROLE_HEADERS, roles) },
    ],
    deals: sorted.length,
    stakeholders: people.length,
    contactRoles: roles.length,
  };
}

/** Writes the three files into `folderPath` (created if needed), for the command line. */
export async function exportCrmCsv(workspaceFolder: string, folderPath: string, asOf: string): Promise<CrmCsvFiles & { readonly folder: string }> {
  const folder = resolve(folderPath);
  const built = await crmCsvFiles(workspaceFolder, asOf);
  await mkdir(folder, { recursive: true });
  for (const file of built.files) await writeFile(join(folder, file.name), file.bytes);
  return { ...built, folder };
}
