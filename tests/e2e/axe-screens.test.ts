// Journey: axe-core finds no serious or critical accessibility problem on the deal, pipeline, what-if and review screens.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, gapButton, stakeholderCard } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

/** axe's serious and critical findings on the page as it is now, one line each (rule, what, where). */
async function seriousFindings(page: Page): Promise<string[]> {
  // @axe-core/playwright is typed against @playwright/test's Page; playwright-core's is the same object.
  // Legacy mode runs axe in the page itself: the harness opens pages without their own context, and the app has no frames.
  const results = await new AxeBuilder({ page: page as unknown as ConstructorParameters<typeof AxeBuilder>[0]['page'] }).setLegacyMode().analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.slice(0, 5).map((node) => `${violation.id} (${violation.impact ?? ''}): ${violation.help} at ${node.target.join(' ')} ${node.failureSummary ?? ''}`));
}

describe('accessibility of the main screens (axe-core)', () => {
  it('finds nothing serious or critical on the deal, pipeline, what-if and review screens', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    await stakeholderCard(page, 'Karin Holm').waitFor();
    expect.soft(await seriousFindings(page), 'deal screen').toEqual([]);

    // A selected gap numbers its paths and dims the rest: still readable.
    await gapButton(page, 'saboteur-unchecked').click();
    expect.soft(await seriousFindings(page), 'deal screen with a gap selected').toEqual([]);
    await saveScreenshot(page, 'axe-deal-gap');

    await page.getByRole('button', { name: 'What-if', exact: true }).click();
    await page.getByRole('region', { name: 'What-if simulation' }).waitFor();
    expect.soft(await seriousFindings(page), 'what-if screen').toEqual([]);
    await saveScreenshot(page, 'axe-what-if');
    await page.getByRole('region', { name: 'What-if simulation' }).getByRole('button', { name: 'Discard', exact: true }).click();

    await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
    const bar = page.getByRole('region', { name: 'Review' });
    await bar.getByText(/^No review yet/).waitFor();
    expect.soft(await seriousFindings(page), 'pipeline screen').toEqual([]);
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.locator('g.heatmap-cell').first().waitFor();
    expect.soft(await seriousFindings(page), 'pipeline charts').toEqual([]);

    await bar.getByRole('button', { name: 'Start review' }).click();
    const dialog = page.getByRole('dialog', { name: /^Start the review of \d{4}-\d{2}-\d{2}\?$/ });
    await dialog.waitFor();
    expect.soft(await seriousFindings(page), 'start-review dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Start review' }).click();
    await bar.getByText(/^0 of \d+ deals changed since \d{4}-\d{2}-\d{2}$/).waitFor();
    expect.soft(await seriousFindings(page), 'review screen').toEqual([]);
    await saveScreenshot(page, 'axe-review');
  });
});
