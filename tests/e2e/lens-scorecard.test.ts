// Journey: read a demo deal through MEDDPICC, see its weakest link, validate Metrics with a customer's confirmation.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, readDealFile, waitUntilSaved } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

function scorecard(page: Page) {
  return page.getByRole('region', { name: 'Lens scorecard' });
}

/** A chip's status word, by the criterion's full label ("Metrics: validated" -> "validated"). */
async function chipStatus(page: Page, label: string): Promise<string> {
  const chip = scorecard(page).getByRole('button', { name: new RegExp(`^${label}: `) });
  return (await chip.locator('.criterion-chip-status').textContent()) ?? '';
}

describe('the lens scorecard on a demo deal', () => {
  it('picks MEDDPICC, names the weakest link, validates Metrics by a confirmation, and keeps it after a reload', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    const picker = scorecard(page).getByLabel('Lens', { exact: true });
    await picker.selectOption('meddpicc');
    await scorecard(page).getByRole('list', { name: 'MEDDPICC criteria' }).waitFor();
    expect(await scorecard(page).locator('.criterion-chip').count()).toBe(8);
    const weakest = (await scorecard(page).locator('.weakest-link').textContent()) ?? '';
    expect(weakest).toMatch(/^Weakest link:\s*\S.* — (missing|identified)$/);
    expect(await chipStatus(page, 'Metrics')).toBe('identified');

    await scorecard(page).getByRole('button', { name: /^Metrics: / }).click();
    const evidence = page.getByRole('region', { name: 'MEDDPICC evidence' });
    await evidence.getByRole('listitem', { name: 'Metrics: identified' }).waitFor();
    await saveScreenshot(page, 'lens-scorecard-evidence');
    await page.keyboard.press('Escape');
    await evidence.waitFor({ state: 'detached' });

    // The second demo metric has no target and nobody at Northwind confirmed it.
    const metrics = page.getByRole('region', { name: 'Metrics', exact: true });
    await metrics.locator('.qualification-group-header').click();
    const second = metrics.getByRole('listitem', { name: 'Metric 2' });
    await second.getByLabel('Target', { exact: true }).fill('150');
    await second.getByLabel('Confirmed by', { exact: true }).selectOption({ label: 'Eva Berg' });
    await expect.poll(() => chipStatus(page, 'Metrics')).toBe('validated');
    await waitUntilSaved(page);
    await saveScreenshot(page, 'lens-scorecard-metrics-validated');

    await page.reload();
    await expectOpenDeal(page, 'ERP replacement');
    await scorecard(page).getByRole('list', { name: 'MEDDPICC criteria' }).waitFor();
    expect(await scorecard(page).getByLabel('Lens', { exact: true }).inputValue()).toBe('meddpicc');
    expect(await chipStatus(page, 'Metrics')).toBe('validated');

    const deal = await readDealFile(app.workspace, 'northwind-erp');
    expect(deal.schemaVersion).toBe(2);
    expect(deal.lens).toBe('meddpicc');
    expect(deal.metrics[1]).toMatchObject({ target: 150, confirmedBy: 'eva' });
  });

  it('fits a 1024 x 768 window beside the side panel', async () => {
    const page = await app.openApp();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.reload();
    await scorecard(page).locator('.criterion-chip').first().waitFor();
    const pane = await page.locator('.map-pane').boundingBox();
    const chips = await scorecard(page).locator('.criterion-chip').evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().right),
    );
    expect(pane).not.toBeNull();
    for (const right of chips) expect(right).toBeLessThanOrEqual((pane?.x ?? 0) + (pane?.width ?? 0));
    // The map keeps most of the pane's height.
    const canvas = await page.locator('.map-canvas').boundingBox();
    expect(canvas?.height ?? 0).toBeGreaterThan(400);
    await saveScreenshot(page, 'lens-scorecard-1024');
  });

  it('reads the evidence and next steps in Swedish once Svenska is picked', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
    const card = page.getByRole('region', { name: 'Linsens poängkort' });
    await card.getByLabel('Lins', { exact: true }).selectOption('meddpicc');
    await card.getByRole('button', { name: /^Mätetal: / }).click();
    const evidence = page.getByRole('region', { name: 'Belägg i MEDDPICC' });
    await evidence.getByRole('listitem', { name: /^Mätetal: / }).waitFor();
    const text = (await evidence.textContent()) ?? '';
    expect(text).toContain('inte bekräftat av kunden');
    expect(text).toContain('Nästa steg:');
    expect(text).not.toMatch(/ confirmed | the deal|Next:/);
    expect((await card.locator('.weakest-link').textContent()) ?? '').toMatch(/^Svagaste länken:\s*\S.* — (saknas|identifierat)$/);
    await saveScreenshot(page, 'lens-scorecard-evidence-sv');
  });
});

