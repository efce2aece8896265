// Journey: a coach reviews, the AE calls a deal commit and moves its close date, and the one-to-one pack's first page says so.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, waitUntilSaved } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

/** The opening page of a printed pack: everything before the first deal page. */
function openingPage(html: string): string {
  const start = html.indexOf('<section class="pack-page opening">');
  return html.slice(start, html.indexOf('<section class="pack-page', start + 1));
}

describe('the one-to-one pack', () => {
  it('builds a pack after a deal was edited, and finds the change and the challenge on its first page', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
    const bar = page.getByRole('region', { name: 'Review' });
    await bar.getByRole('button', { name: 'Start review' }).click();
    await page.getByRole('dialog', { name: /^Start the review/ }).getByRole('button', { name: 'Start review' }).click();
    await bar.getByText(/^0 of \d+ deals changed since/).waitFor();

    // The AE calls ERP replacement commit (a saboteur still stands) and moves its close date a month later.
    await page.getByRole('button', { name: 'Deals', exact: true }).click();
    await expectOpenDeal(page, 'ERP replacement');
    await page.keyboard.press('Escape');
    await page.getByLabel('Forecast', { exact: true }).selectOption('commit');
    const closeDate = page.getByLabel('Close date', { exact: true });
    const before = (await closeDate.getAttribute('data-iso')) ?? '';
    await closeDate.fill('2027-12-31');
    await waitUntilSaved(page);
    await page.getByText(/The deal is forecast as commit, but/).first().waitFor();

    // The pipeline shows the forecast with the engine's challenge beside it, and the overdue deals per AE.
    await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
    const challenges = page.getByRole('group', { name: 'Commit calls the engine challenges' });
    await challenges.getByRole('button', { name: 'ERP replacement — Northwind AB' }).waitFor();
    await page.getByText(/^Overdue:/).waitFor();
    await saveScreenshot(page, 'one-to-one-pipeline-forecast');

    await page.getByRole('button', { name: 'One-to-one pack' }).click();
    const dialog = page.getByRole('dialog', { name: 'One-to-one pack' });
    await dialog.getByLabel('Account executive').selectOption('Sara Lind');
    await dialog.getByLabel('Format').selectOption('html');
    await dialog.getByRole('button', { name: 'Build pack' }).click();
    const notice = dialog.getByRole('status').filter({ hasText: 'one-to-one.html' });
    await notice.waitFor();
    await saveScreenshot(page, 'one-to-one-dialog');
    const folder = (await notice.locator('.export-folder').textContent()) ?? '';
    expect(folder.startsWith(join(app.workspace, 'exports', 'one-to-one-sara-lind-'))).toBe(true);
    const html = await readFile(join(folder, 'one-to-one.html'), 'utf8');
    const first = openingPage(html);
    expect(first).toContain('The engine challenges 1 commit call');
    expect(first).toContain('<strong>ERP replacement — Northwind AB:</strong> The deal is forecast as commit, but');
    expect(first).toContain('<strong>Slipped:</strong> ERP replacement — Northwind AB');
    // The deal's own page follows the opening page and names the slip.
    expect(html.indexOf(`Close date slipped from ${before} to 2027-12-31.`)).toBeGreaterThan(html.indexOf('<section class="pack-page deal-page"'));

    const printed = await page.context().browser()?.newPage({ viewport: { width: 794, height: 1123 } });
    if (printed === undefined) throw new Error('no browser to show the printed pack in');
    await printed.setContent(html);
    await printed.emulateMedia({ media: 'print' });
    await printed.locator('.pack-page.opening').screenshot({ path: join(REPO_ROOT, 'test-results', 'e2e', 'one-to-one-first-page.png') });
    await printed.locator('.pack-page.deal-page').first().screenshot({ path: join(REPO_ROOT, 'test-results', 'e2e', 'one-to-one-deal-page.png') });
    await printed.close();

    // PDF from the browser host: printed on the server through the same page, never over the earlier pack.
    await dialog.getByLabel('Format').selectOption('pdf');
    await dialog.getByRole('button', { name: 'Build pack' }).click();
    const pdfNotice = dialog.getByRole('status').filter({ hasText: 'one-to-one.pdf' });
    await pdfNotice.waitFor({ timeout: 60_000 });
    const pdfFolder = (await pdfNotice.locator('.export-folder').textContent()) ?? '';
    expect(pdfFolder).toBe(`${folder}-2`);
    const pdf = await readFile(join(pdfFolder, 'one-to-one.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
