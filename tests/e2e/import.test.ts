// Journey: an AE uploads the Salesforce example export, reads the preview, confirms, finds the maps, and undoes the import.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, shownDeals } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });
const SF = join(REPO_ROOT, 'docs', 'examples', 'salesforce');

/** The deal count in the list's heading (the list itself only renders the rows in view). */
async function dealCount(page: Page): Promise<number> {
  return Number((await page.locator('#deal-list-title .count').textContent())?.replace(/\D/g, ''));
}

describe('import from Salesforce in the browser', () => {
  it('previews the upload per deal, imports it, shows the maps, and undoes it in one step', async () => {
    const page = await app.openApp();
    await shownDeals(page);
    const before = await dealCount(page);
    await page.getByRole('button', { name: 'Import from CRM…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from a CRM' });
    await dialog.getByLabel('Opportunities (required)').setInputFiles(join(SF, 'Opportunity.csv'));
    await dialog.getByLabel('Contacts', { exact: true }).setInputFiles(join(SF, 'Contact.csv'));
    await dialog.getByLabel('Contact roles').setInputFiles(join(SF, 'OpportunityContactRole.csv'));
    await saveScreenshot(page, 'import-files');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => dialog.locator('.import-totals').textContent()).toContain('32 new deals, 0 changed, 0 unchanged; 128 new people');
    const firstDeal = dialog.getByRole('list', { name: 'Deals the import changes' }).locator('details').first();
    await firstDeal.locator('summary').click();
    expect(await firstDeal.textContent()).toContain('New people');
    await saveScreenshot(page, 'import-preview');

    await dialog.getByRole('button', { name: 'Confirm import' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Imported: 32 new deals and 0 changed, 128 new people.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dealCount(page)).toBe(before + 32);

    await page.getByRole('searchbox').fill('Loyalty CRM 1');
    await page.getByRole('button', { name: /Brandt Maschinenbau GmbH – Loyalty CRM 1/ }).first().click();
    await expectOpenDeal(page, 'Brandt Maschinenbau GmbH – Loyalty CRM 1');
    const cards = page.locator('[data-stakeholder-id]');
    await expect.poll(() => cards.count()).toBe(4);
    expect(await page.getByRole('region', { name: 'Gaps' }).locator('.crm-stage').textContent()).toBe('CRM: Qualification');
    await saveScreenshot(page, 'import-map');
    await page.getByRole('searchbox').fill('');

    await page.getByRole('button', { name: 'Import from CRM…' }).click();
    await dialog.getByRole('button', { name: 'Undo last import' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('32 deals removed, 0 put back');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dealCount(page)).toBe(before);
  });

  it('maps the columns of any CSV, saves the mapping, previews and imports', async () => {
    const page = await app.openApp();
    await shownDeals(page);
    const before = await dealCount(page);
    const csv = join(app.workspace, '..', `pipedrive-${Date.now()}.csv`);
    await writeFile(csv, 'Title;Organization;Value;Person;Role;Stage\nLagerflytt;Skärgårdsbanken;"120 000";Åsa Bäcklund;Beslutsfattare;Förhandling\nLagerflytt;Skärgårdsbanken;"120 000";Göran Weiß;Influencer;Förhandling\n');
    await page.getByRole('button', { name: 'Import from CRM…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from a CRM' });
    await dialog.getByLabel('CRM').selectOption('csv');
    await dialog.getByLabel('CSV files (required)').setInputFiles(csv);
    await dialog.getByRole('button', { name: 'Map columns' }).click();
    await dialog.getByRole('region', { name: 'First rows of the file' }).getByText('Åsa Bäcklund').waitFor();
    await dialog.getByLabel('Deal name (required)', { exact: true }).selectOption('Title');
    await dialog.getByLabel('Account', { exact: true }).selectOption('Organization');
    await dialog.getByLabel('Amount', { exact: true }).selectOption('Value');
    await dialog.getByLabel('Person name', { exact: true }).selectOption('Person');
    await dialog.getByLabel('Person role', { exact: true }).selectOption('Role');
    await dialog.getByLabel('CRM stage', { exact: true }).selectOption('Stage');
    await dialog.getByLabel('Mapping name').fill('Pipedrive');
    await dialog.getByRole('button', { name: 'Save mapping' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Saved the mapping "Pipedrive" in the workspace.');
    await saveScreenshot(page, 'import-mapping');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => dialog.locator('.import-totals').textContent()).toContain('1 new deals, 0 changed');
    // "Beslutsfattare" is no role Dealmap knows: the preview warns, naming file, line and column.
    expect(await dialog.getByRole('region', { name: 'Problems in the files' }).textContent()).toContain('line 2, column Role: unknown role "Beslutsfattare"');
    const roles = dialog.getByRole('region', { name: 'Roles to map' });
    await roles.getByLabel('“Beslutsfattare” is').selectOption('decision-maker');
    await roles.getByRole('button', { name: 'Preview again with these roles' }).click();
    await expect.poll(() => dialog.getByRole('region', { name: 'Problems in the files' }).count()).toBe(0);
    await saveScreenshot(page, 'import-csv-preview');
    await dialog.getByRole('button', { name: 'Confirm import' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Imported: 1 new deals');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dealCount(page)).toBe(before + 1);
    const saved = JSON.parse(await readFile(join(app.workspace, 'import-mappings', 'pipedrive.json'), 'utf8')) as { columns: Record<string, string> };
    expect(saved.columns).toEqual({ dealName: 'Title', account: 'Organization', amount: 'Value', personName: 'Person', personRole: 'Role', stage: 'Stage' });
    await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
    await expect.poll(() => page.locator('.pipeline-table .crm-stage').allTextContents()).toEqual(['CRM: Förhandling']);
    await saveScreenshot(page, 'import-pipeline');
    const deal = JSON.parse(await readFile(join(app.workspace, 'deals', 'lagerflytt.json'), 'utf8')) as { stakeholders: { name: string; role: string }[] };
    expect(deal.stakeholders.map((person) => [person.name, person.role])).toEqual([['Åsa Bäcklund', 'decision-maker'], ['Göran Weiß', 'influencer']]);
  });
});
