// Two builds of the app side by side (A/B): opening an N-person map and its pan/zoom, alternating, with the page's CPU time (a diagnostic for one change).
// Usage: npx tsx tests/bench/map-ab.ts <dist A> <dist B> [people=300] [rounds=8]   (each dist: a `vite build --outDir` of one commit)
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startHttpHost } from '../../electron/host/http-host';
import { median } from './bench-kit';
import { CHROMIUM_ARGS, writeMapBenchWorkspace } from './map-bench-workspace';

const REPO = new URL('../..', import.meta.url).pathname;
const [distA = '', distB = '', peopleArg = '300', roundsArg = '8'] = process.argv.slice(2);
const PEOPLE = Number(peopleArg);
const ROUNDS = Number(roundsArg);

const { workspace, deal } = await writeMapBenchWorkspace('map-ab', PEOPLE);
const hosts = await Promise.all([distA, distB].map((dir) => startHttpHost({ workspace, port: 0, rendererDir: resolve(REPO, dir), log: () => {} })));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const measure = { start: `[data-deal-id="${deal.id}"] .deal-row`, nodes: '.react-flow__node-stakeholder', edges: '.react-flow__edge', counts: [deal.stakeholders.length, deal.relations.length] };

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly dur?: number;
}
interface Run {
  readonly ms: number;
  readonly cpu: number;
  /** CPU time of the page's main thread and of its whole renderer process (Chromium's ThreadTime, ProcessTime), ms: steadier than wall time on a loaded machine. */
  readonly thread: number;
  readonly process: number;
  readonly fps: number;
  /** Per pan/zoom frame: main-thread lifecycle (BeginMainFrame) and raster (worker threads) time, ms. */
  readonly frameMain: number;
  readonly frameRaster: number;
}

/** Pan/zoom under a trace: frames per second, and the main-thread and raster time per frame. */
async function tracedPanZoom(page: Page): Promise<{ fps: number; frameMain: number; frameRaster: number }> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,cc', transferMode: 'ReportEvents' });
  const fps = (await page.evaluate('window.dealmapBench.framesDuringPanZoom(2000)')) as number;
  await session.send('Tracing.end');
  await done;
  await session.detach();
  const total = (name: string) => events.filter((e) => e.name === name && e.ph === 'X').reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  const frames = Math.max(1, events.filter((e) => e.name === 'ProxyMain::BeginMainFrame' && e.ph === 'X').length);
  return { fps, frameMain: total('ProxyMain::BeginMainFrame') / frames, frameRaster: total('RasterTask') / frames };
}

async function open(page: Page): Promise<Run> {
  await page.bringToFront();
  await page.locator('[data-deal-id="bench-small"] .deal-row').click();
  await page.waitForFunction(`document.querySelectorAll('.react-flow__node-stakeholder').length <= 10`);
  const session = await page.context().newCDPSession(page);
  const metrics = async () => new Map(((await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await metrics();
  const drawn = (await page.evaluate(`window.dealmapBench.drawnAfter(${JSON.stringify(measure)})`)) as { ms: number };
  const after = await metrics();
  const spent = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
  await session.detach();
  return { ms: drawn.ms, cpu: spent('TaskDuration'), thread: spent('ThreadTime'), process: spent('ProcessTime'), ...(await tracedPanZoom(page)) };
}

try {
  const pages = await Promise.all(hosts.map(async (host) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    await page.addInitScript({ path: join(REPO, 'tests', 'bench', 'map-bench-page.js') });
    await page.goto(host.url);
    await page.locator('[data-deal-id="bench-small"] .deal-row').click();
    return page;
  }));
  const results: Run[][] = [[], []];
  console.log(`A/B ${distA} vs ${distB}, ${PEOPLE} people, ${ROUNDS} rounds; load ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const side of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const page = pages[side];
      if (page) results[side]?.push(await open(page));
    }
  }
  results.forEach((runs, side) =>
    console.log(`${side === 0 ? 'A' : 'B'}: opening median ${median(runs.map((r) => r.ms)).toFixed(0)} ms wall, ${median(runs.map((r) => r.cpu)).toFixed(0)} ms main-thread task time, CPU ${median(runs.map((r) => r.thread)).toFixed(0)} ms main thread / ${median(runs.map((r) => r.process)).toFixed(0)} ms renderer process; pan/zoom (traced) median ${median(runs.map((r) => r.fps)).toFixed(1)} fps, per frame ${median(runs.map((r) => r.frameMain)).toFixed(1)} ms main thread, ${median(runs.map((r) => r.frameRaster)).toFixed(1)} ms raster`),
  );
  console.log(`load at end ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
} finally {
  await browser.close();
  await Promise.all(hosts.map((host) => host.close()));
  await rm(workspace, { recursive: true, force: true });
}
