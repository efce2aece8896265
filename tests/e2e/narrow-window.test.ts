// A laptop-sized window: the deal list starts folded, and the map re-fits as panes fold and unfold.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';

const app = useAppSession({ host: 'in-process' });

/** The map's zoom, from the transform React Flow puts on its viewport. */
async function mapZoom(page: Page): Promise<number> {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  return Number(/scale\(([\d.]+)\)/.exec(style)?.[1] ?? Number.NaN);
}

async function openAt(width: number, height: number): Promise<Page> {
  const page = await app.openApp();
  await page.setViewportSize({ width, height });
  await page.reload();
  await page.locator('[data-stakeholder-id]').first().waitFor();
  return page;
}

describe('a 1024 x 768 window', () => {
  it('opens with the deal list folded to a rail, the map wider and easier to read', async () => {
    const page = await openAt(1024, 768);
    await page.getByRole('button', { name: 'Show deals' }).waitFor();
    expect(await page.getByRole('list', { name: 'Deals' }).count()).toBe(0);
    const mapWidth = (await page.locator('.react-flow').boundingBox())?.width ?? 0;
    expect(mapWidth).toBeGreaterThan(600);
    await saveScreenshot(page, 'narrow-window');
  });

  it('re-fits the map whenever a pane folds or unfolds, and remembers the panes after a reload', async () => {
    const page = await openAt(1024, 768);
    await expect.poll(() => mapZoom(page)).toBeGreaterThan(0);
    const folded = await mapZoom(page);
    await page.getByRole('button', { name: 'Hide side panel' }).click();
    await expect.poll(() => mapZoom(page)).toBeGreaterThan(folded);
    const roomiest = await mapZoom(page);
    await page.getByRole('button', { name: 'Show deals' }).click();
    await expect.poll(() => mapZoom(page)).toBeLessThan(roomiest);

    await page.reload();
    await page.getByRole('button', { name: 'Show side panel' }).waitFor();
    await page.getByRole('list', { name: 'Deals' }).waitFor();
  });
});
