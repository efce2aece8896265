// Journey (issue 8): the verdict, the scorecard and the what-if agree; Try writes placeholders, marked until confirmed.
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, gapButton, readDealFile, stakeholderCard, waitUntilSaved } from '../support/e2e-page';
import { buildHealthyDeal, decisionMaker, stakeholder, withStakeholder } from '../support/deal-builder';
import { buildFullyQualifiedDeal } from '../support/lens-builders';
import { putDealFile } from '../support/temp-workspace';

/** Healthy by the engine's rules, read through BANT: the budget is missing. */
const bantDeal = buildHealthyDeal({ id: 'a-bant-deal', name: 'A BANT deal', lens: 'bant' });
/** Every MEDDPICC criterion validated but the champion: Eva Berg was never tested. */
const meddpiccDeal = withStakeholder(buildFullyQualifiedDeal({ id: 'b-meddpicc-deal', name: 'B MEDDPICC deal', lens: 'meddpicc' }), 'eva', { championTest: undefined });
/** The only decision-maker is a skeptic nobody on our side reaches. */
const skepticDeal = buildHealthyDeal({
  id: 'c-skeptic-deal',
  name: 'C Skeptic deal',
  stakeholders: [
    decisionMaker({ id: 'eva', name: 'Eva Berg', title: 'CFO', stance: 'skeptic', influence: 5, interest: 'discussing-benefits' }),
    stakeholder({ id: 'anders', name: 'Anders Holm', stance: 'champion', interest: 'general-info' }),
  ],
  relations: [],
});

const app = useAppSession({
  host: 'in-process',
  prepareWorkspace: async (workspace) => {
    for (const deal of [bantDeal, meddpiccDeal, skepticDeal]) await putDealFile(workspace, `${deal.id}.json`, deal);
  },
});

function sidePanelSummary(page: import('playwright-core').Page) {
  return page.locator('.qualification-summary');
}

describe('a verdict you can trust', () => {
  it('counts the lens in the verdict, lists every change a Try makes, and marks its placeholder until confirmed', async () => {
    const page = await app.openApp();
    await page.getByRole('list', { name: 'Deals' }).getByText('A BANT deal').click();
    await expectOpenDeal(page, 'A BANT deal');
    // The scorecard's missing Budget and Timeframe are gaps in the headline too: not "100 · No gaps".
    await gapButton(page, 'bant-budget-missing').waitFor();
    await gapButton(page, 'bant-timeframe-missing').waitFor();
    expect(await page.getByRole('meter', { name: 'Score' }).getAttribute('aria-valuenow')).toBe('90');

    const actions = page.getByRole('region', { name: 'Next best actions' });
    await actions.getByRole('button', { name: 'Try: Ask Eva Berg (CFO) what budget Northwind AB has set aside' }).click();
    const banner = page.getByRole('region', { name: 'What-if simulation' });
    const changes = banner.getByRole('list', { name: 'What the moves change' });
    await changes.waitFor();
    const text = (await changes.textContent()) ?? '';
    expect(text).toContain('Raises Budget from missing to identified');
    expect(text).toContain('to be confirmedPlaceholder added: the budget amount is "480000"');
    expect(await banner.getByText(/No difference from the saved deal/).count()).toBe(0);
    await saveScreenshot(page, 'verdict-what-if-banner');

    await banner.getByRole('button', { name: 'Apply', exact: true }).click();
    await waitUntilSaved(page);
    const onDisk = await readDealFile(app.workspace, 'a-bant-deal');
    expect(onDisk.budget).toEqual({ amount: 480000, confirmedBy: null, note: '' });
    expect(onDisk.placeholders).toEqual([{ path: 'budget.amount', value: 480000 }]);

    // Marked in the scorecard and in the Qualification section until a person confirms it.
    const chip = page.getByRole('list', { name: 'BANT criteria' }).locator('[data-criterion="budget"]');
    expect(await chip.getAttribute('class')).toContain('has-placeholder');
    await chip.click();
    await page.locator('.criterion-detail[data-criterion="budget"] .to-be-confirmed').first().waitFor();
    await saveScreenshot(page, 'verdict-scorecard-placeholder');
    const budgetGroup = page.getByRole('region', { name: 'Budget' });
    await budgetGroup.getByText('to be confirmed').first().waitFor();
    await budgetGroup.getByRole('button', { name: /^Budget/ }).click();
    await budgetGroup.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await saveScreenshot(page, 'verdict-side-panel-placeholder');
    await budgetGroup.getByRole('button', { name: 'The customer said so: keep it' }).click();
    await waitUntilSaved(page);
    await expect.poll(async () => (await readDealFile(app.workspace, 'a-bant-deal')).placeholders ?? []).toEqual([]);
    expect(await chip.getAttribute('class')).not.toContain('has-placeholder');

    // A stance change alone is a difference, even where the verdict holds still.
    await page.getByRole('button', { name: 'What-if', exact: true }).click();
    await stakeholderCard(page, 'Anders Holm').click();
    await page.getByLabel('Stance', { exact: true }).selectOption('skeptic');
    await banner.getByText("Anders Holm's stance changed from supporter to skeptic").waitFor();
    await banner.getByRole('button', { name: 'Discard', exact: true }).click();
  });

  it('marks a Try’s placeholder on the stakeholder card, and reads a skeptical decision-maker as a gap', async () => {
    const page = await app.openApp();
    await page.getByRole('list', { name: 'Deals' }).getByText('B MEDDPICC deal').click();
    await expectOpenDeal(page, 'B MEDDPICC deal');
    const actions = page.getByRole('region', { name: 'Next best actions' });
    const test = actions.getByRole('button', { name: /^Try: Test .* as champion/ });
    await test.first().click();
    const banner = page.getByRole('region', { name: 'What-if simulation' });
    await banner.getByText(/Placeholder added: .*personal stake/).waitFor();
    await banner.getByRole('button', { name: 'Apply', exact: true }).click();
    await waitUntilSaved(page);
    const card = page.locator('.stakeholder-card.has-placeholder');
    await card.getByText('to be confirmed').waitFor();
    await saveScreenshot(page, 'verdict-placeholder-card');
    // Champion stays identified: a placeholder never validates.
    const champion = page.getByRole('list', { name: 'MEDDPICC criteria' }).locator('[data-criterion="champion"]');
    expect(await champion.getAttribute('class')).toContain('status-identified');

    await page.getByRole('list', { name: 'Deals' }).getByText('C Skeptic deal').click();
    await expectOpenDeal(page, 'C Skeptic deal');
    await gapButton(page, 'decision-maker-skeptic').waitFor();
    expect(await sidePanelSummary(page).textContent()).not.toContain('0 warnings');
    expect(Number(await page.getByRole('meter', { name: 'Score' }).getAttribute('aria-valuenow'))).toBeLessThan(100);
  });
});
