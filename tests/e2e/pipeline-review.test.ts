// Journey: a coach's pipeline review on the demo: blocked deals, a heatmap cell, a review, a slipped deal, an action item, the exported pack.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { xmlProblems } from '../support/xml-well-formed';
import { editStakeholder, expectOpenDeal, gapButton, stakeholderCard, waitUntilSaved } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

function daysLater(date: string, days: number): string {
  const moved = new Date(`${date}T12:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

function sinceLastReview(page: Page) {
  return page.getByRole('region', { name: 'Since last review' });
}

function coaching(page: Page) {
  return page.getByRole('region', { name: 'Coaching' });
}

/** Brings a side-panel section to the top of the panel (which scrolls on its own), below its sticky bar. */
async function scrollPanelTo(page: Page, name: string): Promise<void> {
  await page.getByRole('region', { name }).evaluate((region) => {
    const panel = region.closest('.side-panel');
    if (!panel) return;
    panel.scrollTop += region.getBoundingClientRect().top - panel.getBoundingClientRect().top - 40;
  });
}

/** Picks a format in the pipeline's "Export review pack" menu; answers the folder the notice names. */
async function exportReviewPack(page: Page, format: 'Markdown' | 'HTML (printable page)' | 'PDF'): Promise<void> {
  await page.getByRole('button', { name: 'Export review pack', exact: true }).click();
  await page.getByRole('menu', { name: 'Export review pack' }).getByRole('menuitem', { name: format, exact: true }).click();
}

async function exportedFolder(page: Page, text: string): Promise<string> {
  const notice = page.getByRole('status').filter({ hasText: text });
  await notice.waitFor();
  const folder = (await notice.locator('.export-folder').textContent()) ?? '';
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  return folder;
}

describe('pipeline review', () => {
  it('goes from the blocked deals to a review, sees a slipped deal, keeps an action item across a reload, and finds it all in the exported pack', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
    const bar = page.getByRole('region', { name: 'Review' });
    await bar.getByText(/^No review yet/).waitFor();

    await page.getByLabel('Only blocked deals').check();
    await page.getByText(/^\d+ of \d+ deals$/).waitFor();
    const blockedRows = page.locator('tr.pipeline-row');
    expect(await blockedRows.count()).toBeGreaterThan(0);
    expect(await page.locator('tr.pipeline-row:not(.is-blocked)').count()).toBe(0);

    // A heatmap cell opens its deal with that gap selected.
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.locator('g.heatmap-cell[data-deal-id="northwind-erp"][data-gap-code="saboteur-unchecked"]').click();
    await expectOpenDeal(page, 'ERP replacement');
    await expect.poll(() => gapButton(page, 'saboteur-unchecked').getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
    await bar.getByRole('button', { name: 'Start review' }).click();
    const dialog = page.getByRole('dialog', { name: /^Start the review of \d{4}-\d{2}-\d{2}\?$/ });
    await dialog.getByText(/records a snapshot of every deal’s buying center and qualification/).waitFor();
    await saveScreenshot(page, 'pipeline-review-start-dialog');
    await dialog.getByRole('button', { name: 'Start review' }).click();
    await bar.getByText(/^0 of \d+ deals changed since \d{4}-\d{2}-\d{2}$/).waitFor();
    await saveScreenshot(page, 'pipeline-review-started');

    // Change the deal: the close date moves later, the saboteur turns neutral.
    await page.getByRole('button', { name: 'Deals', exact: true }).click();
    await expectOpenDeal(page, 'ERP replacement');
    await page.keyboard.press('Escape');
    const closeDate = page.getByLabel('Close date', { exact: true });
    const before = (await closeDate.getAttribute('data-iso')) ?? '';
    const later = daysLater(before, 45);
    await closeDate.fill(later);
    await stakeholderCard(page, 'Anders Nyström').click();
    await editStakeholder(page, { stance: 'neutral' });
    await waitUntilSaved(page);

    const changes = sinceLastReview(page);
    const slipped = changes.locator('li.is-slipped');
    await slipped.getByText(`Close date slipped from ${before} to ${later}.`).waitFor();
    expect(await slipped.getByText('Slipped', { exact: true }).isVisible()).toBe(true);
    await changes.getByText("Anders Nyström's stance changed from saboteur to neutral.").waitFor();
    await changes.locator('[data-change-kind="gap-closed"]').first().waitFor();
    await scrollPanelTo(page, 'Since last review');
    await saveScreenshot(page, 'pipeline-review-since-last-review');

    // The pipeline's summary lists the deal as slipped, and the row says so.
    await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
    await page.getByRole('tab', { name: 'Table' }).click();
    // The saboteur turned neutral may have unblocked the deal: show every deal again.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    const slippedChip = bar.getByRole('button', { name: '1 Slipped' });
    await slippedChip.click();
    await page.getByRole('region', { name: 'Slipped since the review' }).getByRole('button', { name: 'ERP replacement' }).waitFor();
    await page.locator('tr[data-deal-id="northwind-erp"] .row-changes', { hasText: /changes · slipped$/ }).waitFor();
    await saveScreenshot(page, 'pipeline-review-summary');
    await page.getByRole('region', { name: 'Slipped since the review' }).getByRole('button', { name: 'ERP replacement' }).click();
    await expectOpenDeal(page, 'ERP replacement');

    // An action item for the account executive, saved with the review.
    await page.keyboard.press('Escape');
    await coaching(page).getByLabel('Coaching notes').fill('Anders turned neutral; the close moved six weeks. Why?');
    await coaching(page).getByRole('button', { name: 'Add action item' }).click();
    await coaching(page).getByLabel('Action item 1', { exact: true }).fill('Book the CFO sign-off date');
    await coaching(page).getByLabel('Action item 1 due date').fill(daysLater(later, -30));
    await coaching(page).getByText('Coaching saved').waitFor();
    await scrollPanelTo(page, 'Coaching');
    await saveScreenshot(page, 'pipeline-review-coaching');

    await page.reload();
    await expectOpenDeal(page, 'ERP replacement');
    await expect.poll(() => coaching(page).getByLabel('Action item 1', { exact: true }).inputValue()).toBe('Book the CFO sign-off date');
    expect(await coaching(page).getByLabel('Coaching notes').inputValue()).toContain('Anders turned neutral');

    // The review pack as Markdown: the change, the coaching and the deal's map, as files on disk.
    await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
    await page.getByRole('main', { name: 'Pipeline review' }).waitFor();
    await exportReviewPack(page, 'Markdown');
    const folder = await exportedFolder(page, 'Exported');
    expect(folder.startsWith(join(app.workspace, 'exports', 'review-pack-'))).toBe(true);
    const markdown = await readFile(join(folder, 'review-pack.md'), 'utf8');
    expect(markdown).toMatch(/^Changes since the review of \d{4}-\d{2}-\d{2} /m);
    expect(markdown).toContain('- **Slipped:** ERP replacement');
    const section = markdown.slice(markdown.indexOf('### ERP replacement — Northwind AB'));
    expect(section).toContain(`- Close date slipped from ${before} to ${later}.`);
    expect(section).toContain("- Anders Nyström's stance changed from saboteur to neutral.");
    expect(section).toContain('| Book the CFO sign-off date |');
    expect(section).toContain('](maps/northwind-erp.svg)');
    const map = await readFile(join(folder, 'maps', 'northwind-erp.svg'), 'utf8');
    expect(xmlProblems(map)).toEqual([]);
    for (const name of ['Anders Nyström', 'Eva Berg']) expect(map).toContain(name);
    for (const chart of ['heatmap', 'stage-funnel', 'close-month']) {
      expect(markdown).toContain(`](charts/${chart}.svg)`);
      expect(xmlProblems(await readFile(join(folder, 'charts', `${chart}.svg`), 'utf8'))).toEqual([]);
    }

    // The same pack as the printable page (the browser host prints it to PDF too): charts and maps drawn inline.
    await exportReviewPack(page, 'HTML (printable page)');
    const htmlFolder = await exportedFolder(page, 'review-pack.html');
    const tab = await page.context().browser()?.newPage({ viewport: { width: 1440, height: 900 } });
    if (tab === undefined) throw new Error('no browser to show the printable page in');
    await tab.setContent(await readFile(join(htmlFolder, 'review-pack.html'), 'utf8'));
    await tab.getByRole('heading', { level: 3, name: 'ERP replacement — Northwind AB' }).waitFor();
    for (const chart of ['Gaps by deal', 'Stage funnel', 'Open amount by close month']) await tab.getByRole('img', { name: chart, exact: true }).waitFor();
    await tab.getByText(`Close date slipped from ${before} to ${later}.`).waitFor();
    const top = await saveScreenshot(tab, 'pipeline-review-pack-printable');
    await tab.screenshot({ path: top.replace(/\.png$/, '-full.png'), fullPage: true });
    await tab.getByRole('img', { name: 'Open amount by close month', exact: true }).scrollIntoViewIfNeeded();
    await saveScreenshot(tab, 'pipeline-review-pack-charts');
    await tab.close();
    await page.getByRole('button', { name: 'Deals', exact: true }).click();
    await expectOpenDeal(page, 'ERP replacement');

    // The same screens at smaller windows.
    for (const [width, height] of [
      [1280, 800],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await scrollPanelTo(page, 'Since last review');
      await saveScreenshot(page, `pipeline-review-panel-${width}x${height}`);
      await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
      await bar.getByRole('button', { name: '1 Slipped' }).click();
      await saveScreenshot(page, `pipeline-review-bar-${width}x${height}`);
      await page.getByRole('button', { name: 'Deals', exact: true }).click();
    }
  });
});
