// How many elements each region of the deal view holds once an N-person map is open, and per card (a diagnostic).
// Usage: npx vite build && npx tsx tests/bench/map-dom-count.ts [people=300]   (DEALMAP_DIST=<folder> for another build)
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startHttpHost } from '../../electron/host/http-host';
import { CHROMIUM_ARGS, writeMapBenchWorkspace } from './map-bench-workspace';

const REPO = new URL('../..', import.meta.url).pathname;
const PEOPLE = Number(process.argv[2] ?? 300);

const { workspace, deal } = await writeMapBenchWorkspace('dom-count', PEOPLE);
const host = await startHttpHost({ workspace, port: 0, rendererDir: process.env.DEALMAP_DIST ?? join(REPO, 'dist', 'renderer'), log: () => {} });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(host.url);
  await page.locator(`[data-deal-id="${deal.id}"] .deal-row`).click();
  await page.waitForFunction(`document.querySelectorAll('.react-flow__node-stakeholder:not([style*="hidden"])').length >= ${PEOPLE}`);
  await page.waitForTimeout(500);
  const counts = await page.evaluate(`(() => {
    const all = (selector) => [...document.querySelectorAll(selector)].reduce((sum, element) => sum + element.querySelectorAll('*').length + 1, 0);
    return {
      page: document.querySelectorAll('*').length,
      map: all('.react-flow'),
      cards: all('.react-flow__node-stakeholder'),
      perCard: all('.react-flow__node-stakeholder') / document.querySelectorAll('.react-flow__node-stakeholder').length,
      edges: all('.react-flow__edges'),
      departments: all('.react-flow__node-department'),
      minimap: all('.react-flow__minimap'),
      sidePanel: all('.side-panel'),
      dealList: all('.deal-list-pane, .deal-list'),
      toolbarAndScorecard: all('.map-toolbar') + all('.lens-scorecard'),
      panelSections: [...document.querySelectorAll('.side-panel > *')].map((section) => (section.className || section.tagName) + ' ' + (section.querySelectorAll('*').length + 1) + ' at y ' + Math.round(section.getBoundingClientRect().top)),
      far: document.querySelector('.react-flow')?.classList.contains('map-far'),
      zoom: document.querySelector('.react-flow__viewport')?.style.transform,
    };
  })()`);
  console.log(JSON.stringify(counts, null, 1));
} finally {
  await browser.close();
  await host.close();
  await rm(workspace, { recursive: true, force: true });
}
