// Writes realistic Salesforce and HubSpot exports (Swedish, German and Japanese names) for the examples, tests and bench.
import { stringify } from 'csv-stringify/sync';
import { seededRandom } from '../../electron/services/generate/seeded-random';

const ACCOUNTS = ['Nordlys Energi AB', 'Brandt Maschinenbau GmbH', 'Sakura Retail K.K.', 'Öresund Logistik AB', 'Müller & Söhne KG', 'Kawasaki Seimitsu', 'Västkust Vård', 'Hafenwerk Hamburg', 'Tōkai Denki', 'Skärgårdsbanken'];
const PROJECTS = ['ERP rollout', 'Service desk', 'Grid monitoring', 'Loyalty CRM', 'MES upgrade', 'Data platform', 'Field service', 'Risk engine'];
const FIRST = ['Anna', 'Lars', 'Karin', 'Jörg', 'Sabine', 'Hiroshi', 'Yuki', 'Björn', 'Ingrid', 'Klaus', 'Haruto', 'Åsa', 'Göran', 'Mei', 'Uwe', 'Sakura'];
const LAST = ['Lindqvist', 'Öberg', 'Schröder', 'Müller', 'Tanaka', 'Sato', 'Åkesson', 'Weiß', 'Nakamura', 'Håkansson', 'Krüger', '山田', 'Suzuki', 'Bäcklund'];
const TITLES = ['CFO', 'CIO', 'Head of IT Operations', 'Procurement Manager', 'Leiterin Einkauf', 'IT-Architekt', '部長', 'Service Desk Lead', 'Verksamhetschef'];
const SF_ROLES = ['Economic Buyer', 'Decision Maker', 'Technical Buyer', 'Evaluator', 'Influencer', 'Business User', 'Executive Sponsor', 'Other'];
const SF_STAGES = ['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost'];
const HS_ROLES = ['DECISION_MAKER', 'BUDGET_HOLDER', 'INFLUENCER', 'END_USER', 'LEGAL_AND_COMPLIANCE', 'CHAMPION', 'BLOCKER', 'EXECUTIVE_SPONSOR', 'Champion;Influencer', 'OTHER'];
const HS_STAGES = ['appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent', 'closedwon', 'closedlost'];
const CURRENCIES = ['SEK', 'EUR', 'JPY'];

/** Test files are written with the library the exports use, so quoting follows RFC 4180 as a CRM's does. */
function csv(rows: readonly (readonly string[])[]): string {
  return stringify(rows.map((row) => [...row]), { record_delimiter: '\r\n' });
}

/** A 15-character Salesforce-looking id: key prefix plus a counter in base 36. */
function sfId(prefix: string, n: number): string {
  return `${prefix}5g00000${n.toString(36).toUpperCase().padStart(5, '0')}`.slice(0, 15);
}

export interface ExportSize {
  readonly opportunities: number;
  readonly contacts: number;
  /** Contact roles per opportunity. */
  readonly rolesPerDeal: number;
  readonly seed: number;
}

export interface SalesforceExport {
  readonly opportunities: string;
  readonly contacts: string;
  readonly contactRoles: string;
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)] as T;
}

function closeDate(next: () => number): string {
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  return `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function salesforceExport(size: ExportSize): SalesforceExport {
  const next = seededRandom(size.seed);
  const contacts: string[][] = [['Id', 'FirstName', 'LastName', 'Title', 'Email', 'AccountId', 'ReportsToId']];
  for (let n = 1; n <= size.contacts; n += 1) {
    const manager = n % 4 === 1 || n < 2 ? '' : sfId('003', n - (n % 4) + 1);
    contacts.push([sfId('003', n), pick(FIRST, next), pick(LAST, next), pick(TITLES, next), `contact${n}@example.com`, sfId('001', n % 97), manager]);
  }
  const opportunities: string[][] = [['Id', 'Name', 'Account.Name', 'Owner.Name', 'Amount', 'CurrencyIsoCode', 'CloseDate', 'StageName', 'IsClosed', 'IsWon']];
  const roles: string[][] = [['Id', 'OpportunityId', 'ContactId', 'Role', 'IsPrimary']];
  for (let n = 1; n <= size.opportunities; n += 1) {
    const stage = pick(SF_STAGES, next);
    const name = `${pick(ACCOUNTS, next)} – ${pick(PROJECTS, next)} ${n}`;
    opportunities.push([sfId('006', n), name, name.split(' – ')[0] ?? '', pick(['Eva Strand', 'Tobias Keller', 'Kenji Mori'], next), String(50_000 + Math.floor(next() * 200) * 5_000), pick(CURRENCIES, next), closeDate(next), stage, String(stage.startsWith('Closed')), String(stage === 'Closed Won')]);
    const base = Math.floor(next() * Math.max(1, size.contacts - size.rolesPerDeal));
    for (let r = 0; r < size.rolesPerDeal; r += 1) {
      roles.push([sfId('00K', n * 100 + r), sfId('006', n), sfId('003', base + r + 1), pick(SF_ROLES, next), r === 0 ? 'true' : 'false']);
    }
  }
  return { opportunities: csv(opportunities), contacts: csv(contacts), contactRoles: csv(roles) };
}

export interface HubspotExport {
  readonly deals: string;
  readonly contacts: string;
}

export function hubspotExport(size: ExportSize): HubspotExport {
  const next = seededRandom(size.seed);
  const contacts: string[][] = [['Record ID', 'First Name', 'Last Name', 'Job Title', 'Email', 'Buying Role']];
  for (let n = 1; n <= size.contacts; n += 1) {
    contacts.push([String(51_000 + n), pick(FIRST, next), pick(LAST, next), pick(TITLES, next), `kontakt${n}@example.com`, pick(HS_ROLES, next)]);
  }
  const deals: string[][] = [['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Currency', 'Close Date', 'Deal owner', 'Associated Company', 'Associated Contact IDs']];
  for (let n = 1; n <= size.opportunities; n += 1) {
    const account = pick(ACCOUNTS, next);
    const base = Math.floor(next() * Math.max(1, size.contacts - size.rolesPerDeal));
    const ids = Array.from({ length: size.rolesPerDeal }, (_, r) => String(51_000 + base + r + 1));
    deals.push([String(9_100_000 + n), `${account} – ${pick(PROJECTS, next)} ${n}`, pick(HS_STAGES, next), String(40_000 + Math.floor(next() * 100) * 2_500), pick(CURRENCIES, next), closeDate(next), pick(['Eva Strand', 'Tobias Keller', 'Kenji Mori'], next), account, ids.join(';')]);
  }
  return { deals: csv(deals), contacts: csv(contacts) };
}
