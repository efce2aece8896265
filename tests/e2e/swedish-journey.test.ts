// Journey: a Swedish user picks Svenska in the top bar, reads the deal view, the pipeline and a review in Swedish, and keeps the choice across a reload.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

/** The map once laid out: no "Arranging 6 people…" placeholder, the cards on it. */
async function mapPlaced(page: Page): Promise<void> {
  await page.locator('.map-arranging').waitFor({ state: 'detached' });
  await page.locator('.react-flow__node [data-stakeholder-id]').first().waitFor();
}

/** Each main screen in the language shown: the deal view, what-if, settings, import, the pipeline and its review. */
async function shootMainScreens(page: Page, language: 'en' | 'sv', words: ScreenWords): Promise<void> {
  await page.getByRole('button', { name: words.deals, exact: true }).click();
  await page.getByRole('region', { name: words.gaps }).waitFor();
  await mapPlaced(page);
  await saveScreenshot(page, `language-${language}-deal-view`);

  await page.getByRole('button', { name: words.whatIf, exact: true }).click();
  await page.getByRole('region', { name: words.whatIfBanner }).waitFor();
  await saveScreenshot(page, `language-${language}-what-if`);
  await page.getByRole('region', { name: words.whatIfBanner }).getByRole('button', { name: words.discard }).click();

  await page.getByRole('button', { name: words.settings, exact: true }).click();
  const settings = page.getByRole('dialog', { name: words.settings });
  await settings.waitFor();
  await saveScreenshot(page, `language-${language}-settings`);
  await settings.getByRole('button', { name: words.cancel, exact: true }).click();

  await page.getByRole('button', { name: words.importButton, exact: true }).click();
  const importing = page.getByRole('dialog', { name: words.importTitle });
  await importing.waitFor();
  await saveScreenshot(page, `language-${language}-import`);
  await importing.getByRole('button', { name: words.cancel, exact: true }).click();

  await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
  await page.getByRole('main', { name: words.pipelineReview }).waitFor();
  await saveScreenshot(page, `language-${language}-pipeline`);
}

interface ScreenWords {
  readonly deals: string;
  readonly gaps: string;
  readonly whatIf: string;
  readonly whatIfBanner: string;
  readonly discard: string;
  readonly settings: string;
  readonly cancel: string;
  readonly importButton: string;
  readonly importTitle: string;
  readonly pipelineReview: string;
}

const SWEDISH: ScreenWords = {
  deals: 'Affärer',
  gaps: 'Luckor',
  whatIf: 'Simulera',
  whatIfBanner: 'Simulering',
  discard: 'Släng',
  settings: 'Arbetsytans inställningar',
  cancel: 'Avbryt',
  importButton: 'Importera från CRM…',
  importTitle: 'Importera från ett CRM',
  pipelineReview: 'Pipelinegenomgång',
};

const ENGLISH: ScreenWords = {
  deals: 'Deals',
  gaps: 'Gaps',
  whatIf: 'What-if',
  whatIfBanner: 'What-if simulation',
  discard: 'Discard',
  settings: 'Workspace settings',
  cancel: 'Cancel',
  importButton: 'Import from CRM…',
  importTitle: 'Import from a CRM',
  pipelineReview: 'Pipeline review',
};

describe('Swedish', () => {
  it('reads the deal view, the pipeline and a review in Swedish once Svenska is picked, and keeps it after a reload', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');

    // The deal view, at once: no reload, Swedish words, a date as Swedes write it.
    await page.getByRole('button', { name: 'Affärer', exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await page.getByRole('heading', { name: 'Bästa nästa steg' }).waitFor();
    await page.getByRole('region', { name: 'Luckor' }).getByText('Kvalificering', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ny affär', exact: true }).waitFor();
    const closeDate = page.getByRole('textbox', { name: 'Avslutsdatum', exact: true });
    const iso = (await closeDate.getAttribute('data-iso')) ?? '';
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await closeDate.inputValue()).toBe(iso);

    // The pipeline and its review.
    await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
    await page.getByRole('main', { name: 'Pipelinegenomgång' }).waitFor();
    await page.getByText('Intäkt i farozonen', { exact: true }).waitFor();
    await page.getByLabel('Bara stoppade affärer').check();
    await page.getByText(/^\d+ av \d+ affärer$/).waitFor();
    await page.getByRole('tab', { name: 'Tabell' }).waitFor();
    const bar = page.getByRole('region', { name: 'Genomgång' });
    await bar.getByText(/^Ingen genomgång än/).waitFor();
    await bar.getByRole('button', { name: 'Starta genomgång' }).click();
    const dialog = page.getByRole('dialog', { name: /^Starta genomgången \d{4}-\d{2}-\d{2}\?$/ });
    await dialog.getByText(/Dealmap sparar en ögonblicksbild av varje affärs köpcenter/).waitFor();
    await saveScreenshot(page, 'language-sv-review-start');
    await dialog.getByRole('button', { name: 'Starta genomgång' }).click();
    await bar.getByText(/^0 av \d+ affärer har ändrats sedan \d{4}-\d{2}-\d{2}$/).waitFor();
    await saveScreenshot(page, 'language-sv-review');

    // The choice is this user's: a reload opens in Swedish.
    await page.reload();
    await expectOpenDeal(page, 'ERP replacement');
    await page.getByRole('button', { name: 'Affärer', exact: true }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Språk' }).inputValue()).toBe('sv');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');

    await shootMainScreens(page, 'sv', SWEDISH);
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('region', { name: 'Review' }).waitFor();
    await saveScreenshot(page, 'language-en-review');
    await shootMainScreens(page, 'en', ENGLISH);
  });
});
