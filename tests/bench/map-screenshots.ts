// Screenshots of the 27-person demo deal's map at 1440x900 and 1024x768, to look at (a diagnostic, not a test).
// Usage: npx vite build && npx tsx tests/bench/map-screenshots.ts [out folder]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startHttpHost } from '../../electron/host/http-host';
import { seedDemoWorkspace } from '../../electron/services/demo/seed-demo-workspace';

const REPO = new URL('../..', import.meta.url).pathname;
const OUT = process.argv[2] ?? join(tmpdir(), 'dealmap-map-shots');
const workspace = await mkdtemp(join(tmpdir(), 'dealmap-shots-'));
await seedDemoWorkspace(workspace);
const host = await startHttpHost({ workspace, port: 0, rendererDir: join(REPO, 'dist', 'renderer'), log: () => {} });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 768 }]) {
    // A 1024 px window folds the deal list: open the deal wide, then size the window.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    await page.locator('[data-deal-id="meridian-tms"] .deal-row').click();
    await page.setViewportSize(viewport);
    await page.locator('.react-flow__node-department').first().waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(OUT, `meridian-${viewport.width}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
  await host.close();
  await rm(workspace, { recursive: true, force: true });
}
