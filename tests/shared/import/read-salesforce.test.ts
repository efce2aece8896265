// Salesforce exports to CRM deals: API names and report labels, role table, status, relations, and every bad input.
import { describe, expect, it } from 'vitest';
import { readSalesforce } from '../../../shared/import/read-salesforce';
import { importProblemMessage } from '../../../shared/import/problem-log';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import { SALESFORCE_ROLE_TABLE } from '../../../shared/import/role-tables';
import { salesforceId18 } from '../../../shared/import/salesforce-id';
import { AUTO, table } from './table-builder';

const OPP = '0065g00000AbCdE';
const ANNA = '0035g00000AnnaA';
const LARS = '0035g00000LarsB';

const contacts = table('Contact.csv', ['ID', 'FIRSTNAME', 'LASTNAME', 'TITLE', 'REPORTSTOID'], [ANNA, 'Anna', 'Lindqvist', 'CFO', ''], [LARS, 'Lars', 'Öberg', 'CIO', ANNA]);

describe('readSalesforce', () => {
  it('reads Data Loader headers in any case, relationship columns and the status flags', () => {
    const opportunities = table('Opportunity.csv', ['ID', 'NAME', 'ACCOUNT.NAME', 'OWNER.NAME', 'AMOUNT', 'CURRENCYISOCODE', 'CLOSEDATE', 'STAGENAME', 'ISCLOSED', 'ISWON'], [OPP, 'ERP', 'Nordlys AB', 'Eva Strand', '1200000', 'SEK', '2027-03-31', 'Closed Won', '1', '1']);
    const roles = table('OpportunityContactRole.csv', ['OPPORTUNITYID', 'CONTACTID', 'ROLE', 'ISPRIMARY'], [OPP, ANNA, 'Economic Buyer', 'true'], [OPP, LARS, 'Technical Buyer', 'false']);
    const reading = readSalesforce({ opportunities, contacts, contactRoles: roles }, AUTO);
    expect(reading.problems).toEqual([]);
    expect(reading.deals).toEqual([
      {
        system: 'salesforce', id: OPP, key: OPP, name: 'ERP', account: 'Nordlys AB', owner: 'Eva Strand', amount: 1200000, currency: 'SEK', closeDate: '2027-03-31', status: 'won', stage: 'Closed Won',
        people: [
          { id: ANNA, key: ANNA, name: 'Anna Lindqvist', title: 'CFO', role: 'decision-maker', crmRole: 'Economic Buyer' },
          { id: LARS, key: LARS, name: 'Lars Öberg', title: 'CIO', role: 'influencer', crmRole: 'Technical Buyer', reportsTo: ANNA },
        ],
      },
    ]);
  });

  it('reads a report export with English labels, locale dates and formatted amounts', () => {
    const opportunities = table('report.csv', ['Opportunity ID', 'Opportunity Name', 'Account Name', 'Opportunity Owner', 'Amount', 'Close Date', 'Stage'], [OPP, 'ERP', 'Nordlys AB', 'Eva', 'EUR 1,500,000.00', '31/12/2027', 'Closed Lost']);
    const [deal] = readSalesforce({ opportunities }, AUTO).deals;
    expect(deal).toMatchObject({ amount: 1500000, currency: 'EUR', closeDate: '2027-12-31', status: 'lost', owner: 'Eva' });
  });

  it('reads an "Opportunities with Contact Roles" report: one row per role, the opportunity repeated', () => {
    const report = table(
      'report.csv',
      ['Opportunity ID', 'Opportunity Name', 'Account Name', 'Amount', 'Close Date', 'Stage', 'Contact ID', 'First Name', 'Last Name', 'Title', 'Role'],
      [OPP, 'ERP', 'Nordlys AB', 'SEK 1 200 000', '12/31/2027', 'Proposal/Price Quote', ANNA, 'Anna', 'Lindqvist', 'CFO', 'Economic Buyer'],
      [OPP, 'ERP', 'Nordlys AB', 'SEK 1 200 000', '12/31/2027', 'Proposal/Price Quote', LARS, 'Lars', 'Öberg', 'CIO', 'Evaluator'],
      ['0065g00000NoRol', 'Kaizen', 'Tōkai Denki', '', '', 'Prospecting', '', '', '', '', ''],
    );
    const reading = readSalesforce({ opportunities: report, contacts }, AUTO);
    expect(reading.problems).toEqual([]);
    expect(reading.deals.map((deal) => [deal.name, deal.amount, deal.currency, deal.closeDate, deal.people.map((person) => [person.name, person.role, person.reportsTo])])).toEqual([
      ['ERP', 1200000, 'SEK', '2027-12-31', [['Anna Lindqvist', 'decision-maker', undefined], ['Lars Öberg', 'influencer', ANNA]]],
      ['Kaizen', undefined, undefined, undefined, []],
    ]);
  });

  it.each(Object.entries(SALESFORCE_ROLE_TABLE))('maps the contact role %s to %s', (role, expected) => {
    const opportunities = table('o.csv', ['Id', 'Name', 'Account.Name'], [OPP, 'ERP', 'A']);
    const roles = table('r.csv', ['OpportunityId', 'ContactId', 'Role'], [OPP, ANNA, role]);
    expect(readSalesforce({ opportunities, contacts, contactRoles: roles }, AUTO).deals[0]?.people[0]?.role).toBe(expected);
  });

  it('treats the 15- and 18-character forms of one id as the same record', () => {
    const opportunities = table('o.csv', ['Id', 'Name', 'Account.Name'], [OPP, 'ERP', 'A']);
    const roles = table('r.csv', ['OpportunityId', 'ContactId', 'Role'], [salesforceId18(OPP), salesforceId18(ANNA).toUpperCase(), 'Influencer']);
    const reading = readSalesforce({ opportunities, contacts, contactRoles: roles }, AUTO);
    expect(reading.problems).toEqual([]);
    expect(reading.deals[0]?.people.map((person) => person.key)).toEqual([ANNA]);
  });

  it('warns about an unknown role with its value and reads it as unknown', () => {
    const opportunities = table('o.csv', ['Id', 'Name', 'Account.Name'], [OPP, 'ERP', 'A']);
    const roles = table('r.csv', ['OpportunityId', 'ContactId', 'Role'], [OPP, ANNA, 'Procurement']);
    const reading = readSalesforce({ opportunities, contacts, contactRoles: roles }, AUTO);
    expect(reading.deals[0]?.people[0]?.role).toBe('unknown');
    expect(reading.problems).toEqual([{ severity: 'warning', file: 'r.csv', line: 2, column: 'Role', message: 'unknown contact role "Procurement", read as unknown; map it under "Roles to map" in the preview or with --roles', reason: { id: 'importing.reason.unknown-contact-role', values: { role: 'Procurement' } } }]);
    const [warning] = reading.problems;
    expect(warning && renderMessage(dealmapIntl('sv'), importProblemMessage(warning))).toBe(
      'r.csv, rad 2, kolumn Role: okänd kontaktroll "Procurement", läses som okänd; mappa den under "Roller att mappa" i förhandsgranskningen eller med --roles',
    );
    expect(reading.unknownRoles).toEqual(['Procurement']);
    const mapped = readSalesforce({ opportunities, contacts, contactRoles: roles }, { ...AUTO, roles: { procurement: 'buyer' } });
    expect(mapped.deals[0]?.people[0]?.role).toBe('buyer');
    expect(mapped.problems).toEqual([]);
  });

  describe('bad input, each named with file, line and column', () => {
    const opportunities = table('o.csv', ['Id', 'Name', 'Account.Name', 'CloseDate', 'Amount'], [OPP, 'ERP', 'A', '2027-01-01', '5']);

    it('a missing required column', () => {
      const reading = readSalesforce({ opportunities: table('o.csv', ['Name'], ['ERP']) }, AUTO);
      expect(reading.problems).toEqual([{ severity: 'error', file: 'o.csv', line: 1, message: 'missing the required column Id of an Opportunity export (also read as: Opportunity ID, OpportunityId, 18 Digit Opportunity ID)', reason: { id: 'importing.reason.missing-column', values: { column: 'Id', export: 'opportunities', others: 'Opportunity ID, OpportunityId, 18 Digit Opportunity ID' } } }]);
    });

    it('a bad date and a bad number', () => {
      const bad = table('o.csv', ['Id', 'Name', 'Account.Name', 'CloseDate', 'Amount'], [OPP, 'ERP', 'A', 'soon', 'n/a']);
      expect(readSalesforce({ opportunities: bad }, AUTO).problems).toEqual([
        { severity: 'error', file: 'o.csv', line: 2, column: 'Amount', message: 'expected an amount such as 1250000 or 1,250,000.00, got "n/a"', reason: { id: 'importing.reason.amount', values: { text: 'n/a' } } },
        { severity: 'error', file: 'o.csv', line: 2, column: 'CloseDate', message: 'expected a date such as 2026-12-31, 12/31/2026 or 31.12.2026, got "soon"', reason: { id: 'importing.reason.date', values: { text: 'soon' } } },
      ]);
    });

    it('a duplicate id', () => {
      const twice = table('o.csv', ['Id', 'Name', 'Account.Name'], [OPP, 'ERP', 'A'], [salesforceId18(OPP), 'ERP again', 'A']);
      expect(readSalesforce({ opportunities: twice }, AUTO).problems).toEqual([{ severity: 'error', file: 'o.csv', line: 3, column: 'Id', message: `duplicate opportunity Id "${salesforceId18(OPP)}", first on line 2`, reason: { id: 'importing.reason.duplicate-id', values: { record: 'opportunity', id: salesforceId18(OPP), line: 2 } } }]);
    });

    it('a role pointing at a missing contact or deal', () => {
      const roles = table('r.csv', ['OpportunityId', 'ContactId', 'Role'], [OPP, '0035g00000Nobod', 'Influencer'], ['0065g00000Nodea', ANNA, 'Influencer']);
      expect(readSalesforce({ opportunities, contacts, contactRoles: roles }, AUTO).problems).toEqual([
        { severity: 'error', file: 'r.csv', line: 2, column: 'ContactId', message: 'no contact with Id "0035g00000Nobod" in Contact.csv (or its row has errors)', reason: { id: 'importing.reason.no-record', values: { record: 'contact', id: '0035g00000Nobod', file: 'Contact.csv' } } },
        { severity: 'error', file: 'r.csv', line: 3, column: 'OpportunityId', message: 'no opportunity with Id "0065g00000Nodea" in o.csv (or its row has errors)', reason: { id: 'importing.reason.no-record', values: { record: 'opportunity', id: '0065g00000Nodea', file: 'o.csv' } } },
      ]);
    });

    it('an id that is not a Salesforce id', () => {
      const bad = table('o.csv', ['Id', 'Name', 'Account.Name'], ['6.5E+14', 'ERP', 'A']);
      expect(readSalesforce({ opportunities: bad }, AUTO).problems[0]).toEqual({ severity: 'error', file: 'o.csv', line: 2, column: 'Id', message: 'expected a Salesforce id of 15 or 18 letters and digits, got "6.5E+14"', reason: { id: 'importing.reason.salesforce-id', values: { text: '6.5E+14' } } });
    });

    it('ambiguous slash dates are read month first and reported', () => {
      const ambiguous = table('o.csv', ['Id', 'Name', 'Account.Name', 'Close Date'], [OPP, 'ERP', 'A', '03/04/2027']);
      const reading = readSalesforce({ opportunities: ambiguous }, AUTO);
      expect(reading.deals[0]?.closeDate).toBe('2027-03-04');
      expect(reading.problems).toEqual([{ severity: 'warning', file: 'o.csv', column: 'Close Date', message: 'dates such as "03/04/2027" could be day or month first; read month first (12/31/2026); choose day first if the report was day-first', reason: { id: 'importing.reason.either-date-order', values: { example: '03/04/2027' } } }]);
      expect(readSalesforce({ opportunities: ambiguous }, { dateOrder: 'day-first', skipBadRows: false }).deals[0]?.closeDate).toBe('2027-04-03');
    });

    it('skipping bad rows leaves the bad records out and counts them', () => {
      const mixed = table('o.csv', ['Id', 'Name', 'Account.Name', 'Amount'], [OPP, 'ERP', 'A', 'n/a'], ['0065g00000Good1', 'Good', 'B', '10']);
      const reading = readSalesforce({ opportunities: mixed }, { dateOrder: 'auto', skipBadRows: true });
      expect(reading.deals.map((deal) => deal.name)).toEqual(['Good']);
      expect(reading.skippedRows).toBe(1);
    });
  });
});
