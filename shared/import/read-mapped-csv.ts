// Any CSV read through a column mapping: rows grouped into deals by deal id, each row may add one person.
import { messageRef } from '../i18n/message-ref';
import type { StakeholderRole } from '../model/vocabulary';
import type { CsvMapping, MappedField } from './csv-mapping';
import { columnDateOrder } from './date-columns';
import { MAX_CRM_TEXT, readDealFields, statusFromStage } from './deal-fields';
import { cellOf, headerKey } from './header-names';
import type { CrmPerson, CrmReading, CsvTable, ImportReadOptions } from './import-types';
import { importProblem, ProblemLog } from './problem-log';
import { finishReading, type DealDraft } from './reading-kit';
import { hubspotBuyingRole, salesforceRole, strongestRole } from './role-tables';

/** Each mapped field's column index in this file; a mapped header the file lacks is an error of the file. */
function mappedColumns(table: CsvTable, mapping: CsvMapping, log: ProblemLog): Partial<Record<MappedField, number>> | undefined {
  const byKey = new Map(table.headers.map((header, index) => [headerKey(header), index]));
  const columns: Partial<Record<MappedField, number>> = {};
  let complete = true;
  for (const [field, header] of Object.entries(mapping.columns) as [MappedField, string][]) {
    const index = byKey.get(headerKey(header));
    if (index === undefined) {
      log.addAll([importProblem('error', table.file, messageRef('importing.reason.missing-mapped-column', { header, mapping: mapping.name, field: messageRef(`importing.field-name.${field}`) }), 1)]);
      complete = false;
    } else columns[field] = index;
  }
  return complete ? columns : undefined;
}

/** A role text through the mapping's own table, then Salesforce's and HubSpot's. */
function mappedRole(text: string, extra: Readonly<Record<string, StakeholderRole>>): StakeholderRole | undefined {
  return salesforceRole(text, extra) ?? hubspotBuyingRole(text)?.role;
}

/** A person id as a stakeholder id can hold it: the text itself, trimmed to 60. */
function personKey(text: string): string {
  return text.slice(0, 60);
}

export function readMappedCsv(tables: readonly CsvTable[], mapping: CsvMapping, options: ImportReadOptions): CrmReading {
  const log = new ProblemLog();
  const drafts = new Map<string, DealDraft>();
  const people = new Map<string, Map<string, CrmPerson>>();
  const extra = { ...mapping.roles, ...options.roles };
  for (const table of tables) {
    const columns = mappedColumns(table, mapping, log);
    if (columns === undefined) continue;
    const order = columnDateOrder(table, columns.closeDate, options.dateOrder === 'auto' ? (mapping.dateOrder ?? 'auto') : options.dateOrder, log);
    const dealColumns = { name: columns.dealName, account: columns.account, owner: columns.owner, amount: columns.amount, currency: columns.currency, closeDate: columns.closeDate, stage: columns.stage ?? columns.status, isClosed: undefined, isWon: undefined };
    for (const row of table.rows) {
      const name = cellOf(row.cells, columns.dealName);
      const id = cellOf(row.cells, columns.dealId) || name;
      if (id === '' || id.length > MAX_CRM_TEXT) {
        log.error(table, row, columns.dealId ?? columns.dealName, id === '' ? messageRef('importing.reason.no-deal-id') : messageRef('importing.reason.deal-id-too-long', { max: MAX_CRM_TEXT, length: id.length }));
        continue;
      }
      if (!drafts.has(id)) {
        const fields = readDealFields(table, row, dealColumns, order, log);
        if (fields === undefined) continue;
        const statusText = cellOf(row.cells, columns.status);
        const status = statusText === '' ? fields.status : statusFromStage(statusText);
        drafts.set(id, { table, row, deal: { system: 'csv', id, key: id, ...fields, status, people: [] } });
      }
      const personName = cellOf(row.cells, columns.personName);
      if (personName === '') continue;
      const key = personKey(cellOf(row.cells, columns.personId) || personName);
      const roleText = cellOf(row.cells, columns.personRole);
      const role = roleText === '' ? 'unknown' : mappedRole(roleText, extra);
      if (role === undefined) {
        log.warn(table, row, columns.personRole, messageRef('importing.reason.unknown-mapped-role', { role: roleText }));
        log.unknownRoles.add(roleText);
      }
      const title = cellOf(row.cells, columns.personTitle);
      const reportsTo = cellOf(row.cells, columns.reportsTo);
      const onDeal = people.get(id) ?? new Map<string, CrmPerson>();
      people.set(id, onDeal);
      const earlier = onDeal.get(key);
      onDeal.set(key, {
        id: key,
        key,
        name: personName,
        role: strongestRole([earlier?.role ?? 'unknown', role ?? 'unknown']),
        ...(title === '' ? {} : { title }),
        ...(roleText === '' ? {} : { crmRole: roleText.slice(0, MAX_CRM_TEXT) }),
        ...(reportsTo === '' ? {} : { reportsTo: personKey(reportsTo) }),
      });
    }
  }
  for (const [id, draft] of drafts) drafts.set(id, { ...draft, deal: { ...draft.deal, people: [...(people.get(id)?.values() ?? [])] } });
  return finishReading(drafts, log, options);
}
