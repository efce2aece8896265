// HubSpot exports to CRM deals: buying roles to role and stance, stage to status, associations three ways.
import { describe, expect, it } from 'vitest';
import { readHubspot } from '../../../shared/import/read-hubspot';
import { AUTO, table } from './table-builder';

const DEALS = ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal owner', 'Associated Company', 'Associated Contact IDs'];
const CONTACTS = ['Record ID', 'First Name', 'Last Name', 'Job Title', 'Buying Role'];

function contactsWith(role: string) {
  return table('contacts.csv', CONTACTS, ['501', 'Yuki', 'Tanaka', '部長', role]);
}

describe('readHubspot', () => {
  it.each([
    ['Decision Maker', 'decision-maker', undefined],
    ['BUDGET_HOLDER', 'decision-maker', undefined],
    ['Executive Sponsor', 'decision-maker', undefined],
    ['Influencer', 'influencer', undefined],
    ['End User', 'user', undefined],
    ['Legal & Compliance', 'gatekeeper', undefined],
    ['LEGAL_AND_COMPLIANCE', 'gatekeeper', undefined],
    ['Champion', 'unknown', 'champion'],
    ['Blocker', 'unknown', 'saboteur'],
    ['Other', 'unknown', undefined],
    ['Champion;Influencer', 'influencer', 'champion'],
  ])('maps the buying role %s to role %s and stance %s', (buyingRole, role, stance) => {
    const deals = table('deals.csv', DEALS, ['9001', 'Kaizen', 'appointmentscheduled', '100', '2027-05-01', 'Kenji', 'Tōkai Denki', '501']);
    const [deal] = readHubspot({ deals, contacts: contactsWith(buyingRole) }, AUTO).deals;
    expect(deal?.people).toEqual([{ id: '501', key: '501', name: 'Yuki Tanaka', title: '部長', role, crmRole: buyingRole, ...(stance === undefined ? {} : { stance }) }]);
  });

  it.each([
    ['closedwon', 'won'],
    ['Closed Won', 'won'],
    ['closedlost', 'lost'],
    ['Closed Lost', 'lost'],
    ['contractsent', 'open'],
  ])('reads the deal stage %s as %s and keeps it as the CRM stage', (stage, status) => {
    const deals = table('deals.csv', DEALS, ['9001', 'Kaizen', stage, '', '', '', 'Tōkai', '']);
    expect(readHubspot({ deals }, AUTO).deals[0]).toMatchObject({ status, stage });
  });

  it('reads associations from the deals, the contacts, or an associations file', () => {
    const deals = table('deals.csv', ['Record ID', 'Deal Name', 'Associated Company'], ['9001', 'Kaizen', 'Tōkai'], ['9002', 'Andon', 'Tōkai']);
    const contacts = table('contacts.csv', [...CONTACTS, 'Associated Deal IDs'], ['501', 'Yuki', 'Tanaka', '', '', '9002'], ['502', 'Mei', 'Sato', '', '', '']);
    const associations = table('associations.csv', ['Deal ID', 'Contact ID'], ['9001', '502']);
    const reading = readHubspot({ deals, contacts, associations }, AUTO);
    expect(reading.problems).toEqual([]);
    expect(reading.deals.map((deal) => [deal.id, deal.people.map((person) => person.id)])).toEqual([['9001', ['502']], ['9002', ['501']]]);
  });

  it('names a contact id that is not in the contacts file, and a duplicate record id', () => {
    const deals = table('deals.csv', DEALS, ['9001', 'Kaizen', '', '', '', '', 'T', '501;777'], ['9001', 'Again', '', '', '', '', 'T', '']);
    expect(readHubspot({ deals, contacts: contactsWith('Champion') }, AUTO).problems).toEqual([
      { severity: 'error', file: 'deals.csv', line: 2, column: 'Associated Contact IDs', message: 'no contact with Record ID "777" in contacts.csv (or its row has errors)', reason: { id: 'importing.reason.no-record', values: { record: 'contactRecord', id: '777', file: 'contacts.csv' } } },
      { severity: 'error', file: 'deals.csv', line: 3, column: 'Record ID', message: 'duplicate deal Record ID "9001", first on line 2', reason: { id: 'importing.reason.duplicate-id', values: { record: 'dealRecord', id: '9001', line: 2 } } },
    ]);
  });

  it('refuses a record id a spreadsheet turned into a number', () => {
    const deals = table('deals.csv', DEALS, ['9.1E+06', 'Kaizen', '', '', '', '', 'T', '']);
    expect(readHubspot({ deals }, AUTO).problems).toEqual([{ severity: 'error', file: 'deals.csv', line: 2, column: 'Record ID', message: 'expected a HubSpot record id (digits only), got "9.1E+06"', reason: { id: 'importing.reason.hubspot-id', values: { text: '9.1E+06' } } }]);
  });
});
