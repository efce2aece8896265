// Screenshots of the 27-person demo deal and a generated 150-person deal at 1440x900, as fitted (far) and zoomed in (near), and the demo at 1024x768, to look at (a diagnostic, not a test).
// Usage: npx vite build && npx tsx tests/bench/map-screenshots.ts [out folder]   (DEALMAP_DIST=<folder> for another build)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startHttpHost } from '../../electron/host/http-host';
import { serializeDeal } from '../../electron/services/deal-file-order';
import { seedDemoWorkspace } from '../../electron/services/demo/seed-demo-workspace';
import { generateDeal } from '../../electron/services/generate';
import { dealsFolder } from '../../electron/services/workspace-paths';
import { computeLayout } from '../../shared/layout/auto-layout';

const REPO = new URL('../..', import.meta.url).pathname;
const OUT = process.argv[2] ?? join(tmpdir(), 'dealmap-map-shots');
const LARGE = 'generated-150';
await mkdir(OUT, { recursive: true });
const workspace = await mkdtemp(join(tmpdir(), 'dealmap-shots-'));
await seedDemoWorkspace(workspace);
const generated = generateDeal(0, 2026, '2026-11-27', 150);
await writeFile(join(dealsFolder(workspace), `${LARGE}.json`), serializeDeal({ ...generated, id: LARGE, name: 'Generated buying center of 150', layout: computeLayout(generated) }));
const host = await startHttpHost({ workspace, port: 0, rendererDir: process.env.DEALMAP_DIST ?? join(REPO, 'dist', 'renderer'), log: () => {} });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });

/** Opens a deal wide (a 1024 px window folds the deal list), sizes the window, and waits for routed arrows. */
async function openDeal(id: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(host.url);
  await page.locator(`[data-deal-id="${id}"] .deal-row`).click();
  await page.setViewportSize(viewport);
  await page.locator('.react-flow__node-department').first().waitFor();
  await page.waitForTimeout(4000);
  return page;
}

/** Zooms in about a point of the pane with React Flow's controls (each click 1.2x), then lets it settle. */
async function zoomIn(page: Page, clicks: number): Promise<void> {
  for (let click = 0; click < clicks; click += 1) await page.locator('.react-flow__controls-zoomin').click();
  await page.waitForTimeout(800);
}

try {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 768 }]) {
    const page = await openDeal('meridian-tms', viewport);
    await page.screenshot({ path: join(OUT, `meridian-${viewport.width}.png`) });
    if (viewport.width === 1440) {
      await zoomIn(page, 4);
      await page.screenshot({ path: join(OUT, `meridian-${viewport.width}-near.png`) });
    }
    await page.close();
  }
  const page = await openDeal(LARGE, { width: 1440, height: 900 });
  await page.screenshot({ path: join(OUT, 'generated-150-1440.png') });
  await zoomIn(page, 6);
  await page.screenshot({ path: join(OUT, 'generated-150-1440-mid.png') });
  await zoomIn(page, 6);
  await page.screenshot({ path: join(OUT, 'generated-150-1440-near.png') });
  await page.close();
} finally {
  await browser.close();
  await host.close();
  await rm(workspace, { recursive: true, force: true });
}
