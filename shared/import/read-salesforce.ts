// Salesforce Opportunity, Contact and OpportunityContactRole exports to CRM deals with their contact roles.
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { StakeholderRole } from '../model/vocabulary';
import { columnDateOrder } from './date-columns';
import { MAX_CRM_TEXT, readDealFields } from './deal-fields';
import { cellOf, headerKey, resolveColumns } from './header-names';
import type { CrmDeal, CrmPerson, CrmReading, CsvRow, CsvTable, ImportReadOptions } from './import-types';
import { personName } from './person-names';
import { importProblem, ProblemLog } from './problem-log';
import { salesforceRole, strongestRole } from './role-tables';
import { isSalesforceId, salesforceIdKey } from './salesforce-id';
import { SALESFORCE_CONTACT_COLUMNS, SALESFORCE_CONTACT_ROLE_COLUMNS, SALESFORCE_OPPORTUNITY_COLUMNS } from './salesforce-columns';
import { finishReading, type DealDraft } from './reading-kit';

export interface SalesforceTables {
  readonly opportunities: CsvTable;
  readonly contacts?: CsvTable;
  readonly contactRoles?: CsvTable;
}

/** A valid Salesforce id's key, or undefined with an error logged. */
function idKey(table: CsvTable, row: CsvRow, column: number | undefined, what: 'opportunity' | 'contact', log: ProblemLog): { id: string; key: string } | undefined {
  const id = cellOf(row.cells, column);
  if (!isSalesforceId(id)) {
    log.error(table, row, column, id === '' ? messageRef('importing.reason.id-empty', { record: what, system: 'salesforce' }) : messageRef('importing.reason.salesforce-id', { text: id }));
    return undefined;
  }
  return { id, key: salesforceIdKey(id) };
}

interface ContactRecord {
  readonly id: string;
  readonly name: string;
  readonly title?: string;
  readonly reportsTo?: string;
}

/**
 * An "Opportunities with Contact Roles" report: one row per contact role, the opportunity's
 * columns repeated on each; it stands for the three exports at once.
 */
function isContactRoleReport(table: CsvTable): boolean {
  const keys = new Set(table.headers.map(headerKey));
  return keys.has('contactid') && keys.has('opportunityid');
}

function readOpportunities(table: CsvTable, options: ImportReadOptions, log: ProblemLog, rolesReport: boolean): Map<string, DealDraft> {
  const { columns, problems } = resolveColumns(table, SALESFORCE_OPPORTUNITY_COLUMNS, 'opportunities');
  log.addAll(problems);
  const drafts = new Map<string, DealDraft>();
  if (problems.length > 0) return drafts;
  const order = columnDateOrder(table, columns.closeDate, options.dateOrder, log);
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const id = idKey(table, row, columns.id, 'opportunity', log);
    if (id !== undefined && firstLine.has(id.key)) {
      // In a contact-role report the opportunity repeats on each of its roles.
      if (!rolesReport) log.error(table, row, columns.id, messageRef('importing.reason.duplicate-id', { record: 'opportunity', id: id.id, line: firstLine.get(id.key) ?? 0 }));
      continue;
    }
    if (id !== undefined) firstLine.set(id.key, row.line);
    const fields = readDealFields(table, row, columns, order, log);
    if (id === undefined || fields === undefined) continue;
    drafts.set(id.key, { table, row, deal: { system: 'salesforce', id: id.id, key: id.key, ...fields, people: [] } });
  }
  return drafts;
}

function readContacts(table: CsvTable, log: ProblemLog, rolesReport = false): Map<string, ContactRecord> {
  const { columns, problems } = resolveColumns(table, SALESFORCE_CONTACT_COLUMNS, 'contacts');
  log.addAll(problems);
  const contacts = new Map<string, ContactRecord>();
  if (problems.length > 0) return contacts;
  if (columns.name === undefined && columns.lastName === undefined) {
    log.addAll([importProblem('error', table.file, messageRef('importing.reason.contact-name-columns'), 1)]);
    return contacts;
  }
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    // A report row of an opportunity without contact roles has no contact.
    if (rolesReport && cellOf(row.cells, columns.id) === '') continue;
    const id = idKey(table, row, columns.id, 'contact', log);
    if (id === undefined) continue;
    if (firstLine.has(id.key)) {
      // The same person on several opportunities of a report.
      if (rolesReport) continue;
      log.error(table, row, columns.id, messageRef('importing.reason.duplicate-id', { record: 'contact', id: id.id, line: firstLine.get(id.key) ?? 0 }));
      continue;
    }
    firstLine.set(id.key, row.line);
    const name = personName(row.cells, columns.name, columns.firstName, columns.lastName);
    if (name === '') {
      log.error(table, row, columns.name ?? columns.lastName, messageRef('importing.reason.no-contact-name'));
      continue;
    }
    const title = cellOf(row.cells, columns.title);
    const reportsText = cellOf(row.cells, columns.reportsTo);
    let reportsTo: string | undefined;
    if (reportsText !== '') {
      if (isSalesforceId(reportsText)) reportsTo = salesforceIdKey(reportsText);
      else {
        log.error(table, row, columns.reportsTo, messageRef('importing.reason.salesforce-id', { text: reportsText }));
        continue;
      }
    }
    contacts.set(id.key, { id: id.id, name, ...(title === '' ? {} : { title }), ...(reportsTo === undefined ? {} : { reportsTo }) });
  }
  return contacts;
}

/** Adds each contact role to its opportunity; several roles of one person on one deal keep the strongest. */
function readContactRoles(
  table: CsvTable,
  drafts: Map<string, DealDraft>,
  contacts: Map<string, ContactRecord>,
  files: { opportunities: string; contacts: string | MessageRef },
  extraRoles: Readonly<Record<string, StakeholderRole>>,
  log: ProblemLog,
  rolesReport = false,
): void {
  const { columns, problems } = resolveColumns(table, SALESFORCE_CONTACT_ROLE_COLUMNS, 'contactRoles');
  log.addAll(problems);
  if (problems.length > 0) return;
  const people = new Map<string, Map<string, { person: ContactRecord & { key: string }; roles: string[] }>>();
  const roleIds = new Map<string, number>();
  for (const row of table.rows) {
    const ownId = cellOf(row.cells, columns.id);
    if (ownId !== '' && roleIds.has(ownId)) {
      log.error(table, row, columns.id, messageRef('importing.reason.duplicate-id', { record: 'contactRole', id: ownId, line: roleIds.get(ownId) ?? 0 }));
      continue;
    }
    if (ownId !== '') roleIds.set(ownId, row.line);
    if (rolesReport && cellOf(row.cells, columns.contact) === '') continue;
    const opportunity = idKey(table, row, columns.opportunity, 'opportunity', log);
    const contact = idKey(table, row, columns.contact, 'contact', log);
    if (opportunity === undefined || contact === undefined) continue;
    if (!drafts.has(opportunity.key)) {
      log.error(table, row, columns.opportunity, messageRef('importing.reason.no-record', { record: 'opportunity', id: opportunity.id, file: files.opportunities }));
      continue;
    }
    const record = contacts.get(contact.key);
    if (record === undefined) {
      log.error(table, row, columns.contact, messageRef('importing.reason.no-record', { record: 'contact', id: contact.id, file: files.contacts }));
      continue;
    }
    const role = cellOf(row.cells, columns.role);
    if (role !== '' && salesforceRole(role, extraRoles) === undefined) {
      log.warn(table, row, columns.role, messageRef('importing.reason.unknown-contact-role', { role }));
      log.unknownRoles.add(role);
    }
    const onDeal = people.get(opportunity.key) ?? new Map();
    people.set(opportunity.key, onDeal);
    const entry = onDeal.get(contact.key) ?? { person: { ...record, key: contact.key }, roles: [] };
    if (role !== '') entry.roles.push(role);
    onDeal.set(contact.key, entry);
  }
  for (const [opportunityKey, onDeal] of people) {
    const draft = drafts.get(opportunityKey);
    if (draft === undefined) continue;
    const list: CrmPerson[] = [...onDeal.values()].map(({ person, roles }) => ({
      id: person.id,
      key: person.key,
      name: person.name,
      ...(person.title === undefined ? {} : { title: person.title }),
      role: strongestRole(roles.map((role) => salesforceRole(role, extraRoles) ?? 'unknown')),
      ...(roles.length === 0 ? {} : { crmRole: [...new Set(roles)].join(';').slice(0, MAX_CRM_TEXT) }),
      ...(person.reportsTo === undefined ? {} : { reportsTo: person.reportsTo }),
    }));
    drafts.set(opportunityKey, { ...draft, deal: { ...draft.deal, people: list } as CrmDeal });
  }
}

export function readSalesforce(tables: SalesforceTables, options: ImportReadOptions, extraRoles: Readonly<Record<string, StakeholderRole>> = {}): CrmReading {
  const log = new ProblemLog();
  extraRoles = { ...extraRoles, ...options.roles };
  const rolesReport = tables.contactRoles === undefined && isContactRoleReport(tables.opportunities);
  const drafts = readOpportunities(tables.opportunities, options, log, rolesReport);
  const contacts = tables.contacts === undefined ? new Map<string, ContactRecord>() : readContacts(tables.contacts, log);
  if (rolesReport) {
    // People come from the report's own contact columns; a Contact export, if given, adds ReportsToId.
    const fromReport = readContacts(tables.opportunities, log, true);
    for (const [key, person] of fromReport) contacts.set(key, { ...person, ...contacts.get(key) });
    const files = { opportunities: tables.opportunities.file, contacts: tables.opportunities.file };
    readContactRoles(tables.opportunities, drafts, contacts, files, extraRoles, log, true);
  } else if (tables.contactRoles !== undefined) {
    const files = { opportunities: tables.opportunities.file, contacts: tables.contacts?.file ?? messageRef('importing.reason.no-contacts-file') };
    readContactRoles(tables.contactRoles, drafts, contacts, files, extraRoles, log);
  }
  return finishReading(drafts, log, options);
}
