// Journey: in Swedish, a pain read from the need, unreadable and refused deal files and an import with a duplicate id all say why in Swedish.
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHealthyDeal } from '../support/deal-builder';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal } from '../support/e2e-page';

const deal = buildHealthyDeal({ pain: { text: '', confirmedBy: null }, need: { confirmed: true, summary: 'Bokslutet tar nio dagar' } });

const app = useAppSession({
  host: 'in-process',
  deals: [deal],
  prepareWorkspace: async (workspace) => {
    await writeFile(join(workspace, 'deals', 'broken.json'), JSON.stringify({ ...deal, id: 'broken', status: 'pending' }));
    await writeFile(join(workspace, 'deals', 'deep.json'), `{"id": "deep", "x": ${'['.repeat(100)}${']'.repeat(100)}}`);
    await writeFile(join(workspace, 'elsewhere.json'), JSON.stringify({ ...deal, id: 'linked' }));
    await symlink(join(workspace, 'elsewhere.json'), join(workspace, 'deals', 'linked.json'));
    await writeFile(join(workspace, 'twice.csv'), 'Id,Name,Account.Name\n0065g00000AbCdE,ERP,Nordlys AB\n0065g00000AbCdE,ERP igen,Nordlys AB\n');
  },
});

describe('problems in Swedish', () => {
  it('reads the pain from the need, a broken deal file and an import’s duplicate id in Swedish', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, deal.name);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');

    const unreadable = page.getByRole('list', { name: 'Olästa filer' });
    await unreadable.waitFor();
    expect(await unreadable.getByRole('listitem').filter({ hasText: 'deals/broken.json' }).textContent()).toContain('status: ska vara open, won eller lost');
    // Files Dealmap refuses to read say why in Swedish too.
    expect(await unreadable.getByRole('listitem').filter({ hasText: 'deals/deep.json' }).textContent()).toContain('nästlar objekt och listor djupare än 64 nivåer');
    expect(await unreadable.getByRole('listitem').filter({ hasText: 'deals/linked.json' }).textContent()).toContain('är en symbolisk länk; Dealmap läser bara vanliga filer och följer inga länkar');

    const pain = page.getByRole('region', { name: 'Identifierat problem' });
    await pain.scrollIntoViewIfNeeded();
    expect(await pain.locator('.qualification-group-summary').textContent()).toBe('ur behovet: Bokslutet tar nio dagar');
    await saveScreenshot(page, 'language-sv-file-problem-and-pain');

    await page.getByRole('button', { name: 'Importera från CRM…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Importera från ett CRM' });
    await dialog.getByLabel('Opportunities (krävs)').setInputFiles(join(app.workspace, 'twice.csv'));
    await dialog.getByRole('button', { name: 'Förhandsgranska' }).click();
    const problems = dialog.getByRole('region', { name: 'Problem i filerna' });
    await problems.getByText('twice.csv, rad 3, kolumn Id: affärsmöjlighetens Id "0065g00000AbCdE" finns redan, första gången på rad 2').waitFor();
    // The workspace's unreadable file is named once, its reason in Swedish.
    await problems.getByText('deals/broken.json: status: ska vara open, won eller lost; den lämnas orörd, och en CRM-affär den kan innehålla går inte att matcha').waitFor();
    await problems.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'language-sv-import-problems');
  });
});
