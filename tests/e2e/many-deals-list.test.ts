// A workspace of 3,000 deals in Chromium: the virtualized deal list renders a window, measures its rows, and follows the keyboard.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateDeals, writeGeneratedWorkspace } from '../../electron/services/generate';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';

const COUNT = 3_000;

const app = useAppSession({
  host: 'in-process',
  prepareWorkspace: async (workspace) => {
    await writeGeneratedWorkspace(workspace, generateDeals({ deals: COUNT, seed: 2026, asOf: '2026-11-27' }));
  },
});

/** The rendered rows: their place in the list and where they stand on the page. */
async function renderedRows(page: Page): Promise<{ position: number; top: number; bottom: number }[]> {
  return page.locator('ul[aria-label="Deals"] > li').evaluateAll((items) =>
    items.map((item) => {
      const box = item.getBoundingClientRect();
      return { position: Number(item.getAttribute('aria-posinset')), top: box.top, bottom: box.bottom };
    }),
  );
}

/** The place in the list of the row that has the focus. */
function focusedPosition(page: Page): Promise<string | null> {
  return page.locator('ul[aria-label="Deals"] > li:has(.deal-row:focus)').getAttribute('aria-posinset');
}

describe('the deal list of 3,000 deals', () => {
  it('renders a window of measured rows that never overlap, and moves with the keyboard to the end and back', async () => {
    const page = await app.openApp();
    const list = page.getByRole('list', { name: 'Deals' });
    await list.locator('li').first().waitFor();
    expect(await list.locator('li').first().getAttribute('aria-setsize')).toBe(String(COUNT));
    const rows = await renderedRows(page);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(80);
    // Each row starts where the one above it ends (margins included): the heights are measured, not assumed.
    for (let n = 1; n < rows.length; n += 1) expect(rows[n]?.top ?? 0).toBeGreaterThanOrEqual((rows[n - 1]?.bottom ?? 0) - 0.5);

    await list.locator('li .deal-row').first().focus();
    await page.keyboard.press('End');
    await expect.poll(() => focusedPosition(page)).toBe(String(COUNT));
    const last = page.locator(`ul[aria-label="Deals"] > li[aria-posinset="${COUNT}"]`);
    await page.keyboard.press('Enter');
    await expect.poll(() => last.locator('.deal-row').getAttribute('aria-current')).toBe('true');
    // The opened deal's taller row (its actions) is in view, whole.
    const scroller = await page.locator('.deal-list-scroll').boundingBox();
    const opened = await last.boundingBox();
    expect(opened && scroller ? opened.y + opened.height : Infinity).toBeLessThanOrEqual((scroller?.y ?? 0) + (scroller?.height ?? 0) + 1);
    await saveScreenshot(page, 'many-deals-list-end');

    await page.keyboard.press('Home');
    await expect.poll(() => focusedPosition(page)).toBe('1');
    await page.keyboard.press('PageDown');
    await expect.poll(() => focusedPosition(page)).toBe('7');
  });
});
