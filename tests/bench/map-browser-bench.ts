// The map against bare React Flow in Chromium: first render and pan/zoom frame rate for 50, 150 and 300 people, alternating the two pages.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { serializeDeal } from '../../electron/services/deal-file-order';
import { generateDeal } from '../../electron/services/generate';
import { startHttpHost } from '../../electron/host/http-host';
import { computeLayout } from '../../shared/layout/auto-layout';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layout-geometry';
import type { Deal } from '../../shared/model/deal-schema';
import { median } from './bench-kit';
import { serveFolder } from './map-bench-static';

const REPO = new URL('../..', import.meta.url).pathname;
const APP_DIR = join(REPO, 'dist', 'renderer');
const BARE_DIR = join(REPO, 'dist', 'bench', 'map-bare');
const SIZES = [50, 150, 300] as const;
const ROUNDS = Number(process.env.DEALMAP_BENCH_MAP_ROUNDS ?? 5);
const PAN_ZOOM_MS = 2_000;
/** React Flow's node and edge, as far as the bare page needs (its types would pull React's DOM stubs into this Node project). */
interface Node {
  readonly id: string;
  readonly position: { readonly x: number; readonly y: number };
  readonly data: { readonly label: string };
  readonly style: { readonly width: number; readonly height: number };
}
interface Edge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

const PAGE_SCRIPT = join(REPO, 'tests', 'bench', 'map-bench-page.js');

interface Drawn {
  readonly ms: number;
  readonly longestTask: number;
}

/** Calls one of map-bench-page.js's measures in the page (a string: this file has no DOM types). */
function inPage<T>(page: Page, measure: 'drawnAfter' | 'framesDuringPanZoom' | 'workerRoundTrips', argument: unknown): Promise<T> {
  return page.evaluate(`window.dealmapBench.${measure}(${JSON.stringify(argument)})`) as Promise<T>;
}
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A generated deal of `people`, its ELK layout saved, so both pages draw the same positions. */
function benchDeal(people: number): Deal {
  const deal = generateDeal(0, 2026, '2026-11-27', people);
  return { ...deal, id: `bench-${people}`, name: `Bench map ${people} people`, layout: computeLayout(deal) };
}

/** The same people and relations as plain React Flow nodes and edges at the same positions. */
function bareElements(deal: Deal): { nodes: Node[]; edges: Edge[] } {
  const nodes = deal.stakeholders.map((s): Node => ({
    id: s.id,
    position: deal.layout?.[s.id] ?? { x: 0, y: 0 },
    data: { label: `${s.name} · ${s.role} · ${s.stance}` },
    style: { width: NODE_WIDTH, height: NODE_HEIGHT },
  }));
  const edges = deal.relations.map((r): Edge => (r.kind === 'reports-to' ? { id: r.id, source: r.to, target: r.from } : { id: r.id, source: r.from, target: r.to }));
  return { nodes, edges };
}

function buildApp(): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build of the app failed:\n${result.stdout}\n${result.stderr}`);
}

async function buildBare(): Promise<void> {
  await build({
    configFile: false,
    root: join(REPO, 'tests', 'bench', 'map-bare'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: BARE_DIR, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
}

async function openInApp(page: Page, deal: Deal): Promise<Drawn> {
  const row = page.locator(`[data-deal-id="${deal.id}"] .deal-row`);
  await row.waitFor();
  return inPage(page, 'drawnAfter', { start: `[data-deal-id="${deal.id}"] .deal-row`, nodes: '.react-flow__node-stakeholder', edges: '.react-flow__edge', counts: [deal.stakeholders.length, deal.relations.length] });
}

async function renderBare(page: Page, deal: Deal): Promise<Drawn> {
  const { nodes, edges } = bareElements(deal);
  await page.evaluate('window.bareMap.clear()');
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  return inPage(page, 'drawnAfter', { start: { nodes, edges }, nodes: '.react-flow__node', edges: '.react-flow__edge', counts: [nodes.length, edges.length] });
}

/** Back to a small deal, so the next opening draws the big map from nothing. */
async function leaveMap(page: Page, smallId: string): Promise<void> {
  await page.locator(`[data-deal-id="${smallId}"] .deal-row`).click();
  await page.locator('.react-flow__node-stakeholder').first().waitFor();
  await page.waitForFunction(`document.querySelectorAll('.react-flow__node-stakeholder').length <= 10`);
}

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const fmt = (value: number, unit: string) => `${value.toFixed(value < 10 ? 1 : 0)} ${unit}`;

const workspace = join(tmpdir(), `dealmap-map-bench-${process.pid}`);
await rm(workspace, { recursive: true, force: true });
await mkdir(join(workspace, 'deals'), { recursive: true });
const deals = SIZES.map(benchDeal);
const small = { ...generateDeal(1, 2026, '2026-11-27', 3), id: 'bench-small', name: 'Bench small deal' };
await Promise.all([small, ...deals].map((deal) => writeFile(join(workspace, 'deals', `${deal.id}.json`), serializeDeal(deal))));

buildApp();
await buildBare();
const host = await startHttpHost({ workspace, port: 0, rendererDir: APP_DIR, log: () => {} });
const bareServer = await serveFolder(BARE_DIR);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  // bypassCSP: the app's policy forbids eval, and the bench's measures are handed to the page as strings.
  const viewport = { width: 1440, height: 900 };
  const app = await browser.newPage({ viewport, bypassCSP: true });
  const bare = await browser.newPage({ viewport, bypassCSP: true });
  await app.addInitScript({ path: PAGE_SCRIPT });
  await bare.addInitScript({ path: PAGE_SCRIPT });
  await app.goto(host.url);
  await bare.goto(bareServer.url);
  await bare.waitForFunction('window.bareMap !== undefined');
  await app.locator('[data-deal-id="bench-small"] .deal-row').click();

  const first = new Map<number, { app: number[]; bare: number[]; longest: number[] }>();
  const fps = new Map<number, { app: number[]; bare: number[] }>();
  for (const deal of deals) {
    first.set(deal.stakeholders.length, { app: [], bare: [], longest: [] });
    fps.set(deal.stakeholders.length, { app: [], bare: [] });
  }
  console.log(`map vs bare React Flow in Chromium: ${ROUNDS} rounds, alternating; load average at start ${load()}`);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const deal of deals) {
      const people = deal.stakeholders.length;
      const firsts = first.get(people);
      const rates = fps.get(people);
      if (!firsts || !rates) continue;
      // Alternate which page goes first, so neither always meets a warmer (or busier) machine.
      const order = round % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
      for (const side of order) {
        if (side === 'app') {
          await leaveMap(app, small.id);
          const drawn = await openInApp(app, deal);
          firsts.app.push(drawn.ms);
          firsts.longest.push(drawn.longestTask);
          rates.app.push(await inPage<number>(app, 'framesDuringPanZoom', PAN_ZOOM_MS));
        } else {
          await bare.bringToFront();
          firsts.bare.push((await renderBare(bare, deal)).ms);
          rates.bare.push(await inPage<number>(bare, 'framesDuringPanZoom', PAN_ZOOM_MS));
        }
        if (side === 'app') await app.bringToFront();
      }
    }
  }

  for (const deal of deals) {
    const people = deal.stakeholders.length;
    const firsts = first.get(people);
    const rates = fps.get(people);
    if (!firsts || !rates) continue;
    const [appFirst, bareFirst] = [median(firsts.app), median(firsts.bare)];
    const [appFps, bareFps] = [median(rates.app), median(rates.bare)];
    console.log(
      `map ${String(people).padStart(3)} people, ${deal.relations.length} relations: first render app ${fmt(appFirst, 'ms')} / bare ${fmt(bareFirst, 'ms')} = ${(appFirst / bareFirst).toFixed(2)}x (goal <= 1.3x; longest main-thread task ${fmt(median(firsts.longest), 'ms')}); ` +
        `pan/zoom app ${fmt(appFps, 'fps')} / bare ${fmt(bareFps, 'fps')} = ${(appFps / bareFps).toFixed(2)}x (goal >= 0.9x)`,
    );
  }

  // The map worker as the app ships it: ELK layout and arrow routing of 300 people, timed from the page.
  const assets = await readdir(join(APP_DIR, 'assets'));
  const workerFile = assets.find((name) => name.startsWith('layout-worker-') && name.endsWith('.js'));
  const largest = deals.at(-1);
  if (workerFile && largest) {
    const trips = await inPage<{ layoutCold: number; layout: number[]; route: number[] }>(app, 'workerRoundTrips', { url: new URL(`assets/${workerFile}`, host.url).href, deal: largest, runs: 7 });
    console.log(
      `map worker, ${largest.stakeholders.length} people: ELK layout ${fmt(trips.layoutCold, 'ms')} cold, median ${fmt(median(trips.layout), 'ms')} warm (goal < 300 ms); arrow routing median ${fmt(median(trips.route), 'ms')}; the page's main thread stays free`,
    );
  }
  console.log(`map vs bare React Flow: load average at end ${load()}`);
} finally {
  await browser.close();
  await host.close();
  await bareServer.close();
  await rm(workspace, { recursive: true, force: true });
}
