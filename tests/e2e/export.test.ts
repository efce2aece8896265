// Journey: export the ERP deal's map as SVG and PNG, then the review pack (charts and maps) as Markdown and as a printable page, and find them on disk.
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, stakeholderCard } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ARTIFACTS = join(REPO_ROOT, 'test-results', 'e2e');

/** Picks a menu item and answers the folder the notice names. */
async function exportVia(page: Page, menu: string, item: string): Promise<string> {
  const button = page.getByRole('button', { name: menu, exact: true });
  await button.click();
  await page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item, exact: true }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Exported' });
  await notice.waitFor();
  const folder = (await notice.locator('.export-folder').textContent()) ?? '';
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  return folder;
}

describe('export', () => {
  it('exports the map as SVG and PNG into the workspace’s exports folder', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    await stakeholderCard(page, 'Anders Nyström').waitFor();

    const svgFolder = await exportVia(page, 'Export map', 'SVG image');
    expect(svgFolder.startsWith(join(app.workspace, 'exports', 'map-northwind-erp-'))).toBe(true);
    const svg = await readFile(join(svgFolder, 'northwind-erp.svg'), 'utf8');
    for (const name of ['Eva Berg', 'Anders Nyström', 'Karin Holm', 'Lena Sjöberg']) expect(svg).toContain(name);
    expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

    await page.getByRole('button', { name: 'Export map', exact: true }).click();
    await saveScreenshot(page, 'export-map-menu');
    await page.keyboard.press('Escape');
    // In the browser host the picture also downloads to the user's machine.
    const download = page.waitForEvent('download');
    const pngFolder = await exportVia(page, 'Export map', 'PNG image');
    expect(pngFolder).toBe(`${svgFolder}-2`);
    const downloaded = await download;
    expect(downloaded.suggestedFilename()).toMatch(/^map-northwind-erp-.*\.png$/);
    expect((await readFile((await downloaded.path()) ?? '')).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const png = await readFile(join(pngFolder, 'northwind-erp.png'));
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    // Drawn at twice the SVG's size: IHDR holds the width and height right after the signature.
    const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    expect(png.readUInt32BE(16)).toBe(svgWidth * 2);
    // A slide's shape, 16:9.
    expect(Math.abs(svgWidth / svgHeight - 16 / 9)).toBeLessThan(0.01);

    await mkdir(ARTIFACTS, { recursive: true });
    await copyFile(join(svgFolder, 'northwind-erp.svg'), join(ARTIFACTS, 'export-map.svg'));
    await copyFile(join(pngFolder, 'northwind-erp.png'), join(ARTIFACTS, 'export-map.png'));
    // The exported picture as a browser shows it, in place of the app at the end of the journey.
    await page.setContent(`<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*\?>\n/, '')}</body>`);
    await saveScreenshot(page, 'export-map-svg-rendered');
  });

  it('exports the review pack as Markdown with map images, as a printable page and as a PDF printed by the browser host', async () => {
    const page = await app.openApp();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Pipeline' }).click();
    await page.getByRole('main', { name: 'Pipeline review' }).waitFor();

    const folder = await exportVia(page, 'Export review pack', 'Markdown');
    expect(folder.startsWith(join(app.workspace, 'exports', 'review-pack-'))).toBe(true);
    const markdown = await readFile(join(folder, 'review-pack.md'), 'utf8');
    expect(markdown).toContain('## Pipeline summary');
    expect(markdown).toContain('### ERP replacement — Northwind AB');
    expect(markdown).toContain('](maps/northwind-erp.svg)');
    expect((await stat(join(folder, 'maps', 'northwind-erp.svg'))).isFile()).toBe(true);
    expect(markdown).toContain('](charts/heatmap.svg)');
    expect(await readFile(join(folder, 'charts', 'heatmap.svg'), 'utf8')).toContain('ERP replacement');
    await copyFile(join(folder, 'review-pack.md'), join(ARTIFACTS, 'export-review-pack.md'));

    // The printable page, written as HTML, then the PDF the browser host prints from it with its Chromium (issue 15).
    const htmlFolder = await exportVia(page, 'Export review pack', 'HTML (printable page)');
    const html = await readFile(join(htmlFolder, 'review-pack.html'), 'utf8');
    const tab = await page.context().browser()?.newPage();
    if (tab === undefined) throw new Error('no browser to show the printable page in');
    await tab.setContent(html);
    await tab.getByRole('heading', { level: 3, name: 'ERP replacement — Northwind AB' }).waitFor();
    await saveScreenshot(tab, 'export-review-pack-printable');
    await tab.close();
    const pdfFolder = await exportVia(page, 'Export review pack', 'PDF');
    await saveScreenshot(page, 'export-review-pack-notice');
    expect((await readFile(join(pdfFolder, 'review-pack.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
