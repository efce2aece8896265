// The rarer import problems (duplicate ids, associations pointing at missing records, missing columns, id shapes) say why in either language.
import { describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import type { ImportProblem } from '../../../shared/import/import-types';
import { importProblemMessage } from '../../../shared/import/problem-log';
import { readHubspot } from '../../../shared/import/read-hubspot';
import { readMappedCsv } from '../../../shared/import/read-mapped-csv';
import { readSalesforce } from '../../../shared/import/read-salesforce';
import { AUTO, table } from './table-builder';

const OPP = '0065g00000AbCdE';
const ANNA = '0035g00000Anna1';
const DEALS = ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal owner', 'Associated Company', 'Associated Contact IDs'];
const CONTACTS = ['Record ID', 'First Name', 'Last Name', 'Job Title', 'Buying Role', 'Associated Deal IDs'];

function inSwedish(problems: readonly ImportProblem[]): string[] {
  return problems.map((problem) => renderMessage(dealmapIntl('sv'), importProblemMessage(problem)));
}

/** Bad files of every reader: each problem kind this test covers at least once. */
function everyProblem(): ImportProblem[] {
  const opportunities = table('o.csv', ['Id', 'Name', 'Account.Name', 'CloseDate'], [OPP, 'ERP', '', '03/04/2027'], [OPP, 'ERP again', 'A', ''], ['', 'No id', 'A', ''], ['6.5E+14', 'Sheet', 'A', '']);
  const contacts = table('Contact.csv', ['Id', 'Name', 'ReportsToId'], [ANNA, 'Anna', ''], [ANNA, 'Anna again', ''], ['0035g00000Berit', '', ''], ['0035g00000Carl1', 'Carl', 'boss']);
  const roles = table('r.csv', ['Id', 'OpportunityId', 'ContactId', 'Role'], ['1', OPP, '0035g00000Nobod', 'Influencer'], ['1', OPP, ANNA, ''], ['2', '0065g00000Nodea', ANNA, '']);
  const salesforce = readSalesforce({ opportunities, contacts, contactRoles: roles }, AUTO).problems;
  const noNameColumn = readSalesforce({ opportunities, contacts: table('c.csv', ['Id', 'Title'], [ANNA, 'CFO']) }, AUTO).problems;
  const missingColumn = readSalesforce({ opportunities: table('o.csv', ['Name'], ['ERP']) }, AUTO).problems;
  const noContactsFile = readSalesforce({ opportunities, contactRoles: roles }, AUTO).problems;
  const deals = table('deals.csv', DEALS, ['9001', 'Kaizen', '', '', '', '', 'T', '777'], ['9001', 'Again', '', '', '', '', 'T', ''], ['9.1E+06', 'Sheet', '', '', '', '', 'T', '']);
  const hubspotContacts = table('contacts.csv', CONTACTS, ['501', 'Yuki', 'Tanaka', '', 'Champion;Blocker', '9999'], ['501', 'Yuki', 'Again', '', '', ''], ['502', '', '', '', '', '']);
  const associations = table('associations.csv', ['Deal ID', 'Contact ID'], ['8888', '501'], ['9001', '404']);
  const hubspot = readHubspot({ deals, contacts: hubspotContacts, associations }, AUTO).problems;
  const mapping = { kind: 'dealmap-csv-mapping', version: 1, name: 'Pipedrive', columns: { dealName: 'Title', dealId: 'Deal ID' } } as const;
  const mapped = readMappedCsv([table('p.csv', ['Title', 'Deal ID'], ['', ''], ['Long', 'x'.repeat(600)]), table('q.csv', ['Other'], ['x'])], mapping, AUTO).problems;
  return [...salesforce, ...noNameColumn, ...missingColumn, ...noContactsFile, ...hubspot, ...mapped];
}

describe('the rarer import problems', () => {
  const problems = everyProblem();

  it('each carry their reason as a message, which the English text is rendered from', () => {
    const reasons = new Set(problems.map((problem) => problem.reason?.id));
    for (const id of ['duplicate-id', 'no-record', 'missing-column', 'contact-name-columns', 'no-contact-name', 'salesforce-id', 'hubspot-id', 'id-empty', 'no-account', 'either-date-order', 'champion-and-blocker', 'deal-not-in-file', 'no-deal-id', 'deal-id-too-long', 'missing-mapped-column']) {
      expect(reasons).toContain(`importing.reason.${id}`);
    }
    expect(problems.filter((problem) => problem.reason === undefined)).toEqual([]);
    for (const problem of problems) expect(renderMessage(dealmapIntl('en'), problem.reason ?? { id: 'none' })).toBe(problem.message);
  });

  it('read whole in Swedish, with no English reason left', () => {
    const swedish = inSwedish(problems);
    for (const line of swedish) expect(line).not.toMatch(/[{}]|\b(expected|duplicate|missing|no contact|no deal|got|first on line|or its row)\b/);
    expect(swedish).toContain('o.csv, rad 3, kolumn Id: affärsmöjlighetens Id "0065g00000AbCdE" finns redan, första gången på rad 2');
    expect(swedish).toContain('r.csv, rad 2, kolumn ContactId: ingen kontakt med Id "0035g00000Nobod" i Contact.csv (eller så har dess rad fel)');
    expect(swedish).toContain('r.csv, rad 2, kolumn ContactId: ingen kontakt med Id "0035g00000Nobod" i kontaktfilen (ingen valdes) (eller så har dess rad fel)');
    expect(swedish).toContain('o.csv, rad 1: kolumnen Id saknas i exporten av affärsmöjligheter (Opportunity) och måste finnas (läses också som: Opportunity ID, OpportunityId, 18 Digit Opportunity ID)');
    expect(swedish).toContain('associations.csv, rad 2, kolumn Deal ID: ingen affär med Record ID "8888" i affärsfilen (eller så har dess rad fel)');
    expect(swedish).toContain('deals.csv, rad 4, kolumn Record ID: ska vara ett post-id från HubSpot (bara siffror), står "9.1E+06"');
    expect(swedish).toContain('contacts.csv, rad 2, kolumn Buying Role: både Champion och Blocker: hållningen får du bedöma själv');
    expect(swedish).toContain('q.csv, rad 1: kolumnen "Title" saknas, och mappningen "Pipedrive" läser den som affärens namn');
  });

  it('name a mapped field by its label, not its code', () => {
    const english = problems.map((problem) => problem.message);
    expect(english).toContain('missing the column "Title" the mapping "Pipedrive" reads as deal name');
    expect(english).toContain('missing the column "Deal ID" the mapping "Pipedrive" reads as deal id');
    expect([...english, ...inSwedish(problems)].join('\n')).not.toMatch(/dealName|dealId/);
  });
});
