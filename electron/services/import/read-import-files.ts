// Reads an import's CSV files by their role and hands them to the reader of the CRM chosen.
import type { CsvMapping } from '../../../shared/import/csv-mapping';
import type { CrmReading, CsvTable, ImportFileRole, ImportProblem, ImportReadOptions } from '../../../shared/import/import-types';
import type { CrmSystem } from '../../../shared/model/external-schema';
import { readHubspot } from '../../../shared/import/read-hubspot';
import { readMappedCsv } from '../../../shared/import/read-mapped-csv';
import { readSalesforce } from '../../../shared/import/read-salesforce';
import { readCsvTable, type CsvSource } from './read-csv-table';
import { messageRef } from '../../../shared/i18n/message-ref';
import { importProblem } from '../../../shared/import/problem-log';

export { IMPORT_FILE_ROLES, type ImportFileRole } from '../../../shared/import/import-types';

export interface ImportRequest {
  readonly system: CrmSystem;
  readonly files: readonly { readonly role: ImportFileRole; readonly source: CsvSource }[];
  readonly mapping?: CsvMapping;
  readonly options: ImportReadOptions;
}

const REQUIRED: Readonly<Record<CrmSystem, ImportFileRole>> = { salesforce: 'opportunities', hubspot: 'deals', csv: 'rows' };

function fail(problems: ImportProblem[]): CrmReading {
  return { deals: [], problems, skippedRows: 0, unknownRoles: [] };
}

export async function readImportFiles(request: ImportRequest): Promise<CrmReading> {
  const problems: ImportProblem[] = [];
  const tables = new Map<ImportFileRole, CsvTable[]>();
  for (const { role, source } of request.files) {
    const read = await readCsvTable(source);
    if (!read.ok) problems.push(read.problem);
    else {
      problems.push(...read.problems);
      tables.set(role, [...(tables.get(role) ?? []), read.table]);
    }
  }
  const one = (role: ImportFileRole) => tables.get(role)?.[0];
  const required = one(REQUIRED[request.system]);
  if (required === undefined) {
    if (!request.files.some((file) => file.role === REQUIRED[request.system])) {
      problems.push(importProblem('error', `(${REQUIRED[request.system]} file)`, messageRef('importing.reason.needs-file', { system: request.system, file: messageRef(`importing.slot.${REQUIRED[request.system]}`) })));
    }
    return fail(problems);
  }
  let reading: CrmReading;
  const extraRoles = request.mapping?.roles ?? {};
  if (request.system === 'salesforce') {
    const contacts = one('contacts');
    const contactRoles = one('contact-roles');
    reading = readSalesforce({ opportunities: required, ...(contacts ? { contacts } : {}), ...(contactRoles ? { contactRoles } : {}) }, request.options, extraRoles);
  } else if (request.system === 'hubspot') {
    const contacts = one('contacts');
    const associations = one('associations');
    reading = readHubspot({ deals: required, ...(contacts ? { contacts } : {}), ...(associations ? { associations } : {}) }, request.options, extraRoles);
  } else {
    if (request.mapping === undefined) return fail([...problems, importProblem('error', '(mapping)', messageRef('importing.reason.needs-mapping'))]);
    reading = readMappedCsv(tables.get('rows') ?? [], request.mapping, request.options);
  }
  return { ...reading, problems: [...problems, ...reading.problems] };
}
