// The import preview renders what the plan says: totals, problems with file, line and column, old -> new per deal.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { importTotals, type DealImportPlan, type ImportPreview } from '../../../shared/import/import-plan-types';
import { ImportPreviewView } from '../../../renderer/import/import-preview-view';
import { LanguageProvider } from '../../../renderer/i18n/language-context';
import { readSalesforce } from '../../../shared/import/read-salesforce';
import { AUTO, table } from '../../shared/import/table-builder';

afterEach(cleanup);

const deals: DealImportPlan[] = [
  { action: 'update', dealId: 'erp', name: 'ERP', account: 'Nordlys AB', crmId: '0065g00000AbCdE', changes: [{ field: 'amount', before: '100', after: '175' }], newPeople: ['Yuki Tanaka'], gonePeople: ['Lars Öberg'], returnedPeople: [] },
  { action: 'new', dealId: 'mes', name: 'MES', account: 'Brandt GmbH', crmId: '0065g00000Mes01', changes: [], newPeople: ['Jörg Weiß'], gonePeople: [], returnedPeople: [] },
  { action: 'unchanged', dealId: 'crm', name: 'CRM', account: 'Sakura K.K.', crmId: '0065g00000Crm01', changes: [], newPeople: [], gonePeople: [], returnedPeople: [] },
];

const preview: ImportPreview = {
  system: 'salesforce',
  deals,
  totals: importTotals(deals),
  problems: [
    { severity: 'error', file: 'Opportunity.csv', line: 7, column: 'CloseDate', message: 'no such day: "2027-02-30"' },
    { severity: 'warning', file: 'OpportunityContactRole.csv', line: 3, column: 'Role', message: 'unknown contact role "Procurement", read as unknown' },
  ],
  skippedRows: 0,
  unknownRoles: ['Procurement'],
  canApply: false,
};

it('shows totals, problems and the changed deals only', () => {
  render(<ImportPreviewView preview={preview} />);
  expect(screen.getByText(/new deals/).textContent).toBe('1 new deals, 1 changed, 1 unchanged; 2 new people, 1 gone from the CRM, 1 changed fields.');
  const problems = screen.getByRole('region', { name: 'Problems in the files' });
  expect(within(problems).getByRole('heading').textContent).toBe('1 error, 1 warning');
  expect(within(problems).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'Error Opportunity.csv, line 7, column CloseDate: no such day: "2027-02-30"',
    'Warning OpportunityContactRole.csv, line 3, column Role: unknown contact role "Procurement", read as unknown',
  ]);
  const list = screen.getByRole('list', { name: 'Deals the import changes' });
  const items = within(list).getAllByRole('listitem');
  expect(items).toHaveLength(2);
  expect(items[0]?.textContent).toContain('Changed ERP Nordlys AB +1 people 1 gone');
  expect(items[0]?.textContent).toContain('amount100 → 175');
  expect(items[0]?.textContent).toContain('Gone from the CRM (kept on the map, marked)Lars Öberg');
  expect(items[1]?.textContent).toContain('New MES Brandt GmbH +1 people');
});

it('says where each problem is in Swedish (file, rad, kolumn)', () => {
  render(
    <LanguageProvider initial="sv">
      <ImportPreviewView preview={preview} />
    </LanguageProvider>,
  );
  const problems = screen.getByRole('region', { name: 'Problem i filerna' });
  expect(within(problems).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'Fel Opportunity.csv, rad 7, kolumn CloseDate: no such day: "2027-02-30"',
    'Varning OpportunityContactRole.csv, rad 3, kolumn Role: unknown contact role "Procurement", read as unknown',
  ]);
});

it('gives the reason of a duplicate id and a role pointing at a missing contact in Swedish', () => {
  const opportunities = table('o.csv', ['Id', 'Name', 'Account.Name'], ['0065g00000AbCdE', 'ERP', 'A'], ['0065g00000AbCdE', 'ERP igen', 'A']);
  const roles = table('r.csv', ['OpportunityId', 'ContactId', 'Role'], ['0065g00000AbCdE', '0035g00000Nobod', 'Influencer']);
  const { problems } = readSalesforce({ opportunities, contactRoles: roles }, AUTO);
  render(
    <LanguageProvider initial="sv">
      <ImportPreviewView preview={{ ...preview, problems }} />
    </LanguageProvider>,
  );
  expect(within(screen.getByRole('region', { name: 'Problem i filerna' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'Fel o.csv, rad 3, kolumn Id: affärsmöjlighetens Id "0065g00000AbCdE" finns redan, första gången på rad 2',
    'Fel r.csv, rad 2, kolumn ContactId: ingen kontakt med Id "0035g00000Nobod" i kontaktfilen (ingen valdes) (eller så har dess rad fel)',
  ]);
});
