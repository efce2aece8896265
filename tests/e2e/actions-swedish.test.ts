// Journey: in Swedish, the next best actions, what Try changes and what changed since the review read in Swedish.
import { describe, expect, it } from 'vitest';
import { GAP_CODES } from '../../shared/engine/types';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

describe('next best actions and review changes in Swedish', () => {
  it('titles and explains the actions in Swedish, simulates one in Swedish, and lists its changes since the review in Swedish', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');

    // A review first, so the applied action shows as a change since it.
    await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
    const bar = page.getByRole('region', { name: 'Genomgång' });
    await bar.getByRole('button', { name: 'Starta genomgång' }).click();
    await page.getByRole('dialog', { name: /^Starta genomgången/ }).getByRole('button', { name: 'Starta genomgång' }).click();
    await bar.getByText(/^0 av \d+ affärer har ändrats sedan/).waitFor();
    await page.getByRole('button', { name: 'Affärer', exact: true }).click();

    const actions = page.getByRole('region', { name: 'Bästa nästa steg' });
    await actions.getByRole('listitem').first().waitFor();
    const listed = (await actions.textContent()) ?? '';
    expect(listed).toMatch(/Röjer|Höjer/);
    expect(listed).not.toMatch(/\b(Clears|Raises|Win over|Engage)\b/);
    // A cleared gap reads by its Swedish label, never by its code.
    expect(listed).not.toMatch(new RegExp(`\\b(${GAP_CODES.join('|')})\\b`));
    await actions.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'actions-sv-panel');

    await actions.getByRole('button', { name: /^Prova: / }).first().click();
    const banner = page.getByRole('region', { name: 'Simulering' });
    const lines = banner.getByRole('list', { name: 'Vad dragen ändrar' });
    await lines.waitFor();
    expect((await lines.textContent()) ?? '').not.toMatch(/\b(changed from|Raises|Placeholder added|a placeholder until)\b/);
    await saveScreenshot(page, 'actions-sv-what-if');

    await banner.getByRole('button', { name: 'Tillämpa', exact: true }).click();
    const since = page.getByRole('region', { name: 'Sedan förra genomgången' });
    await since.locator('.review-change').first().waitFor();
    const changes = (await since.textContent()) ?? '';
    expect(changes).not.toMatch(/\b(changed from|joined the buying center|New relation|Gap opened)\b/);
    await since.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'actions-sv-since-review');
  });
});
