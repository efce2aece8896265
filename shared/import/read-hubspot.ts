// HubSpot deal and contact exports (and an optional associations file) to CRM deals with their contacts.
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { StakeholderRole } from '../model/vocabulary';
import { columnDateOrder } from './date-columns';
import { MAX_CRM_TEXT, readDealFields } from './deal-fields';
import { HUBSPOT_ASSOCIATION_COLUMNS, HUBSPOT_CONTACT_COLUMNS, HUBSPOT_DEAL_COLUMNS } from './hubspot-columns';
import { cellOf, resolveColumns } from './header-names';
import type { CrmPerson, CrmReading, CsvRow, CsvTable, ImportReadOptions } from './import-types';
import { personName } from './person-names';
import { ProblemLog } from './problem-log';
import { finishReading, type DealDraft } from './reading-kit';
import { hubspotBuyingRole, strongestRole } from './role-tables';

export interface HubspotTables {
  readonly deals: CsvTable;
  readonly contacts?: CsvTable;
  readonly associations?: CsvTable;
}

/** A HubSpot record id: digits (a spreadsheet's `1.2E+10` is refused, its digits are lost). */
function recordId(table: CsvTable, row: CsvRow, column: number | undefined, text: string, what: 'deal' | 'contact', log: ProblemLog): string | undefined {
  const id = text.trim();
  if (/^\d{1,20}$/.test(id)) return id;
  log.error(table, row, column, id === '' ? messageRef('importing.reason.id-empty', { record: what, system: 'hubspot' }) : messageRef('importing.reason.hubspot-id', { text: id }));
  return undefined;
}

/** `123;456`, `123, 456`: the ids of a multi-valued association cell. */
function idList(text: string): string[] {
  return text.split(/[;,]/).map((part) => part.trim()).filter((part) => part !== '');
}

/** Role and stance from a buying role cell, several values separated by `;`. */
function buyingRole(table: CsvTable, row: CsvRow, column: number | undefined, extra: Readonly<Record<string, StakeholderRole>>, log: ProblemLog) {
  const values = cellOf(row.cells, column).split(';').map((part) => part.trim()).filter((part) => part !== '');
  const roles: StakeholderRole[] = [];
  const stances = new Set<'champion' | 'saboteur'>();
  for (const value of values) {
    const meaning = hubspotBuyingRole(value, extra);
    if (meaning === undefined) {
      log.warn(table, row, column, messageRef('importing.reason.unknown-buying-role', { role: value }));
      log.unknownRoles.add(value);
    }
    if (meaning?.role !== undefined) roles.push(meaning.role);
    if (meaning?.stance !== undefined) stances.add(meaning.stance);
  }
  if (stances.size > 1) log.warn(table, row, column, messageRef('importing.reason.champion-and-blocker'));
  const stance = stances.size === 1 ? [...stances][0] : undefined;
  return { role: strongestRole(roles), stance, crmRole: values.join(';').slice(0, MAX_CRM_TEXT) };
}

function readContacts(table: CsvTable, extra: Readonly<Record<string, StakeholderRole>>, log: ProblemLog) {
  const { columns, problems } = resolveColumns(table, HUBSPOT_CONTACT_COLUMNS, 'hubspotContacts');
  log.addAll(problems);
  const contacts = new Map<string, { person: CrmPerson; deals: string[]; row: CsvRow }>();
  if (problems.length > 0) return contacts;
  for (const row of table.rows) {
    const id = recordId(table, row, columns.id, cellOf(row.cells, columns.id), 'contact', log);
    if (id === undefined) continue;
    const earlier = contacts.get(id);
    if (earlier !== undefined) {
      log.error(table, row, columns.id, messageRef('importing.reason.duplicate-id', { record: 'contactRecord', id, line: earlier.row.line }));
      continue;
    }
    const name = personName(row.cells, columns.name, columns.firstName, columns.lastName);
    if (name === '') {
      log.error(table, row, columns.name ?? columns.lastName ?? columns.firstName, messageRef('importing.reason.no-contact-name'));
      continue;
    }
    const title = cellOf(row.cells, columns.title);
    const { role, stance, crmRole } = buyingRole(table, row, columns.buyingRole, extra, log);
    const deals = idList(cellOf(row.cells, columns.deals));
    const person: CrmPerson = { id, key: id, name, role, ...(title === '' ? {} : { title }), ...(stance === undefined ? {} : { stance }), ...(crmRole === '' ? {} : { crmRole }) };
    contacts.set(id, { person, deals, row });
  }
  return contacts;
}

export function readHubspot(tables: HubspotTables, options: ImportReadOptions, extraRoles: Readonly<Record<string, StakeholderRole>> = {}): CrmReading {
  const log = new ProblemLog();
  extraRoles = { ...extraRoles, ...options.roles };
  const { deals: dealTable } = tables;
  const { columns, problems } = resolveColumns(dealTable, HUBSPOT_DEAL_COLUMNS, 'hubspotDeals');
  log.addAll(problems);
  const drafts = new Map<string, DealDraft>();
  const links = new Map<string, Set<string>>();
  const link = (deal: string, contact: string) => links.set(deal, (links.get(deal) ?? new Set()).add(contact));
  const contacts = tables.contacts === undefined ? new Map() : readContacts(tables.contacts, extraRoles, log);
  const contactFile = tables.contacts?.file ?? messageRef('importing.reason.no-contacts-file');
  if (problems.length === 0) {
    const order = columnDateOrder(dealTable, columns.closeDate, options.dateOrder, log);
    for (const row of dealTable.rows) {
      const id = recordId(dealTable, row, columns.id, cellOf(row.cells, columns.id), 'deal', log);
      const earlier = id === undefined ? undefined : drafts.get(id);
      if (earlier !== undefined) {
        log.error(dealTable, row, columns.id, messageRef('importing.reason.duplicate-id', { record: 'dealRecord', id: id ?? '', line: earlier.row.line }));
        continue;
      }
      const fields = readDealFields(dealTable, row, columns, order, log);
      for (const contact of idList(cellOf(row.cells, columns.contacts))) {
        if (!contacts.has(contact)) log.error(dealTable, row, columns.contacts, messageRef('importing.reason.no-record', { record: 'contactRecord', id: contact, file: contactFile }));
        else if (id !== undefined) link(id, contact);
      }
      if (id === undefined || fields === undefined) continue;
      drafts.set(id, { table: dealTable, row, deal: { system: 'hubspot', id, key: id, ...fields, people: [] } });
    }
  }
  for (const [contactId, { deals, row }] of contacts) {
    for (const deal of deals) {
      if (drafts.has(deal)) link(deal, contactId);
      // A contacts export lists every deal of a contact, also those the deals export left out.
      else if (tables.contacts !== undefined) log.warn(tables.contacts, row, undefined, messageRef('importing.reason.deal-not-in-file', { deal, file: dealTable.file }));
    }
  }
  readAssociations(tables.associations, drafts, contacts, contactFile, link, log);
  for (const [dealId, contactIds] of links) {
    const draft = drafts.get(dealId);
    if (draft === undefined) continue;
    const people = [...contactIds].map((contactId) => (contacts.get(contactId) as { person: CrmPerson }).person);
    drafts.set(dealId, { ...draft, deal: { ...draft.deal, people } });
  }
  return finishReading(drafts, log, options);
}

function readAssociations(
  table: CsvTable | undefined,
  drafts: ReadonlyMap<string, DealDraft>,
  contacts: ReadonlyMap<string, unknown>,
  contactFile: string | MessageRef,
  link: (deal: string, contact: string) => void,
  log: ProblemLog,
): void {
  if (table === undefined) return;
  const { columns, problems } = resolveColumns(table, HUBSPOT_ASSOCIATION_COLUMNS, 'associations');
  log.addAll(problems);
  if (problems.length > 0) return;
  for (const row of table.rows) {
    const deal = recordId(table, row, columns.deal, cellOf(row.cells, columns.deal), 'deal', log);
    const contact = recordId(table, row, columns.contact, cellOf(row.cells, columns.contact), 'contact', log);
    if (deal === undefined || contact === undefined) continue;
    if (!drafts.has(deal)) log.error(table, row, columns.deal, messageRef('importing.reason.no-record', { record: 'dealRecord', id: deal, file: messageRef('importing.reason.the-deals-file') }));
    else if (!contacts.has(contact)) log.error(table, row, columns.contact, messageRef('importing.reason.no-record', { record: 'contactRecord', id: contact, file: contactFile }));
    else link(deal, contact);
  }
}
