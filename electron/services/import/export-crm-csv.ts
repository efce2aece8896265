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

/**
 * Excel opens a tab-separated UTF-16LE file with a byte order mark in columns whatever the
 * locale's list separator (`,` in English, `;` in Swedish) and keeps å, ß and 日本語 intact.
 */
export function excelCsv(headers: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  const text = stringify([headers, ...rows], { delimiter: '\t', record_delimiter: '\r\n' });
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** Data Loader's default: UTF-8, comma-separated, API names in the header. */
export function dataLoaderCsv(headers: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  return Buffer.from(stringify([headers, ...rows], { record_delimiter: '\r\n' }), 'utf8');
}

export interface CrmCsvExport {
  readonly folder: string;
  readonly files: readonly string[];
  readonly deals: number;
  readonly stakeholders: number;
  readonly contactRoles: number;
}

/** Qualifies every readable deal as of `asOf` and writes the three files into `folder` (created if needed). */
export async function exportCrmCsv(workspaceFolder: string, folderPath: string, asOf: string): Promise<CrmCsvExport> {
  const workspace = resolve(workspaceFolder);
  const folder = resolve(folderPath);
  const [{ deals }, settings] = await Promise.all([readWorkspaceDeals(workspace), readWorkspaceSettings(workspace).catch(() => defaultWorkspaceSettings())]);
  const sorted = [...deals].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const qualified = sorted.map((deal) => ({ deal, qualification: qualifyDeal(deal, { asOf, settings }) }));
  const people = stakeholderRows(qualified);
  const roles = contactRoleRows(sorted, (text) => salesforceRole(text));
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, PIPELINE_CSV), excelCsv(PIPELINE_HEADERS, pipelineRows(qualified)));
  await writeFile(join(folder, STAKEHOLDERS_CSV), excelCsv(STAKEHOLDER_HEADERS, people));
  await writeFile(join(folder, CONTACT_ROLES_CSV), dataLoaderCsv(CONTACT_ROLE_HEADERS, roles));
  return { folder, files: [PIPELINE_CSV, STAKEHOLDERS_CSV, CONTACT_ROLES_CSV], deals: sorted.length, stakeholders: people.length, contactRoles: roles.length };
}
