// Journey: a Swedish user meets quick add's problems, the settings' problems, an outside change and a one-to-one pack, all in Swedish.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDeal } from '../../electron/services/deal-file-order';
import { ownerPackHtml } from '../../shared/export/review-pack-owner-html';
import { buildDeal, decisionMaker } from '../support/deal-builder';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, readDealFile } from '../support/e2e-page';
import { ownerPack } from '../shared/export/owner-pack-fixture';

const alpha = buildDeal({ id: 'alpha-expansion', name: 'Alpha expansion', account: 'Alpha AB', stakeholders: [decisionMaker({ id: 'eva', name: 'Eva Berg' })] });

const app = useAppSession({ host: 'in-process', deals: [alpha] });

describe('Swedish surfaces', () => {
  it('quick add, the settings, an outside change and the one-to-one pack speak Swedish', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'Alpha expansion');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');

    await page.getByRole('button', { name: 'Snabbinmatning', exact: true }).click();
    const quickAdd = page.getByRole('dialog', { name: 'Lägg till flera personer' });
    await quickAdd.getByLabel('Personer, en per rad').fill('Sven Ek, IT-chef, påverkare, sabotör\nLena Sjö, CTO, chef, positiv');
    await quickAdd.getByText('Rad 2 (”Lena Sjö, CTO, chef, positiv”): rollen ”chef” känns inte igen.', { exact: false }).waitFor();
    await saveScreenshot(page, 'language-sv-quick-add');
    await quickAdd.getByLabel('Personer, en per rad').fill('Sven Ek, IT-chef, påverkare, sabotör');
    await quickAdd.getByRole('button', { name: 'Lägg till 1 person' }).click();
    await page.getByText('Sven Ek', { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Arbetsytans inställningar', exact: true }).click();
    const settings = page.getByRole('dialog', { name: 'Arbetsytans inställningar' });
    await settings.getByLabel('Dagar innan en kontakt räknas som gammal').fill('0');
    await settings.getByText('Skriv ett heltal från 1 till 3650.').waitFor();
    await saveScreenshot(page, 'language-sv-settings-problem');
    await settings.getByRole('button', { name: 'Avbryt', exact: true }).click();

    const onDisk = await readDealFile(app.workspace, alpha.id);
    await page.getByLabel('Affärens namn').fill('Alpha expansion, min ändring');
    await writeFile(join(app.workspace, 'deals', `${alpha.id}.json`), serializeDeal({ ...onDisk, revision: onDisk.revision + 1, name: 'Alpha expansion, deras ändring', status: 'won' }));
    const banner = page.getByRole('alert', { name: 'Ändrad på disken' });
    await banner.waitFor({ timeout: 5_000 });
    expect(await banner.getByRole('rowheader').allTextContents()).toEqual(expect.arrayContaining(['Namn', 'Status']));
    await saveScreenshot(page, 'language-sv-outside-change');

    await page.setContent(ownerPackHtml({ ...(await ownerPack()), language: 'sv' }));
    await page.getByRole('heading', { name: 'Tre frågor för veckan' }).waitFor();
    await saveScreenshot(page, 'language-sv-one-to-one-pack');
  });
});
