// Whether the map's dotted background can be seen at a given zoom: the page's pixels with and without it, compared in the page (a diagnostic).
// Usage: npx vite build && npx tsx tests/bench/map-dots-visible.ts [people=300] [zoom ...]   (DEALMAP_DIST=<folder> for another build)
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startHttpHost } from '../../electron/host/http-host';
import { CHROMIUM_ARGS, writeMapBenchWorkspace } from './map-bench-workspace';

const REPO = new URL('../..', import.meta.url).pathname;
const [peopleArg = '300', ...zoomArgs] = process.argv.slice(2);
const PEOPLE = Number(peopleArg);
const ZOOMS = zoomArgs.length > 0 ? zoomArgs.map(Number) : [0.08, 0.15, 0.25, 0.35, 0.5, 0.7];

/** Largest channel difference and share of pixels that differ between two PNG screenshots, decoded by the page itself. */
async function difference(page: Page, a: Buffer, b: Buffer): Promise<{ max: number; differing: number }> {
  return page.evaluate(`(async ([a, b]) => {
    const pixels = async (base64) => {
      const bitmap = await createImageBitmap(await (await fetch('data:image/png;base64,' + base64)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    };
    const [pa, pb] = [await pixels(a), await pixels(b)];
    let max = 0, differing = 0;
    for (let i = 0; i < pa.length; i += 4) {
      const d = Math.max(Math.abs(pa[i] - pb[i]), Math.abs(pa[i + 1] - pb[i + 1]), Math.abs(pa[i + 2] - pb[i + 2]));
      if (d > 0) differing += 1;
      max = Math.max(max, d);
    }
    return { max, differing: differing / (pa.length / 4) };
  })(${JSON.stringify([a.toString('base64'), b.toString('base64')])})`);
}

const { workspace, deal } = await writeMapBenchWorkspace('dots', PEOPLE);
const host = await startHttpHost({ workspace, port: 0, rendererDir: process.env.DEALMAP_DIST ?? join(REPO, 'dist', 'renderer'), log: () => {} });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await page.goto(host.url);
  await page.locator(`[data-deal-id="${deal.id}"] .deal-row`).click();
  await page.locator('.react-flow__node-stakeholder').first().waitFor();
  // The arrows are routed in the map worker: wait until no preview is left, so both pictures show the same arrows.
  await page.waitForTimeout(4000);
  const canvas = page.locator('.react-flow__renderer');
  for (const zoom of ZOOMS) {
    // Zoom about the pane's centre with React Flow's own wheel handling, until the zoom is reached.
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < 60; step += 1) {
      const now = Number(/scale\(([\d.]+)\)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1]);
      if (Math.abs(now - zoom) / zoom < 0.04) break;
      await page.mouse.wheel(0, now < zoom ? -Math.min(100, 400 * Math.log(zoom / now)) : Math.min(100, 400 * Math.log(now / zoom)));
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(300);
    const shown = await canvas.screenshot();
    await page.addStyleTag({ content: '.react-flow__background { visibility: hidden !important; }' });
    await page.waitForTimeout(200);
    const hidden = await canvas.screenshot();
    await page.evaluate(`document.querySelectorAll('style').forEach((s) => { if (s.textContent.includes('visibility: hidden !important')) s.remove(); })`);
    const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
    const diff = await difference(page, shown, hidden);
    console.log(`zoom ${/scale\(([\d.]+)\)/.exec(style)?.[1]}: with and without the dots, largest channel difference ${diff.max}/255, ${(diff.differing * 100).toFixed(2)} % of pixels differ`);
  }
} finally {
  await browser.close();
  await host.close();
  await rm(workspace, { recursive: true, force: true });
}
