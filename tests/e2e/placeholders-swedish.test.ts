// Journey: a Swedish seller tries and applies "name the decision-maker": the map card and the saved deal say "Beslutsfattare (namnges)".
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHealthyDeal } from '../support/deal-builder';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal } from '../support/e2e-page';

/** Eva Berg without the signer's role: nobody decides, so naming the decision-maker is an action. */
const healthy = buildHealthyDeal();
const deal = { ...healthy, stakeholders: healthy.stakeholders.map((person) => (person.id === 'eva' ? { ...person, role: 'influencer' as const } : person)) };

const app = useAppSession({ host: 'in-process', deals: [deal] });

describe('placeholders in Swedish', () => {
  it('writes the decision-maker placeholder in Swedish on the map and into the saved deal', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, deal.name);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');

    const action = page.locator('[data-action-id="name-decision-maker"]');
    await action.locator('button.next-action-try').click();
    const card = page.locator('.react-flow').getByText('Beslutsfattare (namnges)');
    await card.first().waitFor();
    expect(await page.locator('.react-flow').textContent()).not.toContain('Decision-maker (to be named)');
    await saveScreenshot(page, 'placeholders-sv-map-what-if');

    // A field edited while simulating is named by the deal editor's Swedish label, not the file's key.
    await page.getByLabel('Avslutsdatum', { exact: true }).fill('2027-12-31');
    const simulation = page.getByRole('region', { name: 'Simulering' });
    await expect.poll(() => simulation.textContent(), { timeout: 10_000 }).toMatch(/Avslutsdatum: från \d{4}-\d{2}-\d{2} till 2027-12-31/);
    expect(await simulation.textContent()).not.toMatch(/close ?date/i);
    await simulation.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'placeholders-sv-what-if-field');

    await page.getByRole('region', { name: 'Simulering' }).getByRole('button', { name: 'Tillämpa', exact: true }).click();
    await expect.poll(async () => readFile(join(app.workspace, 'deals', `${deal.id}.json`), 'utf8')).toContain('"name": "Beslutsfattare (namnges)"');
  });
});
