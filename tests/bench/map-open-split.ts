// Where an opening's main-thread time goes, in order: CPU samples from the click to the drawn map, attributed by the source map to app areas (a diagnostic).
// Usage: npx vite build --minify false && npx tsx tests/bench/map-open-split.ts [people=150] [slot ms=10]
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium } from 'playwright-core';
import { startHttpHost } from '../../electron/host/http-host';
import { CHROMIUM_ARGS, writeMapBenchWorkspace } from './map-bench-workspace';

const REPO = new URL('../..', import.meta.url).pathname;
const PEOPLE = Number(process.argv[2] ?? 150);
const SLOT = Number(process.argv[3] ?? 10);
const DIST = join(REPO, 'dist', 'renderer');

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
}
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tid: number;
  readonly pid: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly message?: string } };
}

const bundle = (await readdir(join(DIST, 'assets'))).find((name) => name.startsWith('index-') && name.endsWith('.js.map'));
if (!bundle) throw new Error('no source map: build with `npx vite build --minify false`');
const map = new TraceMap(await readFile(join(DIST, 'assets', bundle), 'utf8'));

/** The area a source file belongs to: a package, or the app's folder and file. */
function area(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1] ?? source;
  const app = /(renderer|shared)\/(.+)$/.exec(source);
  return app ? `${app[1]}/${app[2]}` : source;
}

const areaOf = new Map<number, string>();
function frameArea(node: ProfileNode): string {
  const cached = areaOf.get(node.id);
  if (cached) return cached;
  const { url, lineNumber, columnNumber, functionName } = node.callFrame;
  let result = functionName || '(anonymous)';
  if (url.includes('/assets/index-')) {
    const original = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
    result = original.source ? area(original.source) : 'bundle?';
  } else if (url) result = url.split('/').pop() ?? url;
  else result = `native ${result}`;
  areaOf.set(node.id, result);
  return result;
}

const { workspace, deal } = await writeMapBenchWorkspace('map-open-split', PEOPLE);
const host = await startHttpHost({ workspace, port: 0, rendererDir: DIST, log: () => {} });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await page.addInitScript({ path: join(REPO, 'tests', 'bench', 'map-bench-page.js') });
  await page.goto(host.url);
  const measure = { start: `[data-deal-id="${deal.id}"] .deal-row`, nodes: '.react-flow__node-stakeholder', edges: '.react-flow__edge', counts: [deal.stakeholders.length, deal.relations.length] };
  const leave = async () => {
    await page.locator('[data-deal-id="bench-small"] .deal-row').click();
    await page.waitForFunction(`document.querySelectorAll('.react-flow__node-stakeholder').length <= 10 && document.querySelectorAll('.react-flow__node-stakeholder').length > 0`);
  };
  for (let round = 0; round < 2; round += 1) {
    await leave();
    await page.evaluate(`window.dealmapBench.drawnAfter(${JSON.stringify(measure)})`);
  }
  await leave();
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: Number(process.env.SAMPLE_US ?? 100) });
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,__metadata', transferMode: 'ReportEvents' });
  await session.send('Profiler.start');
  await page.evaluate(`performance.mark('split-start')`);
  const drawn = await page.evaluate(`window.dealmapBench.drawnAfter(${JSON.stringify(measure)})`);
  await page.evaluate(`performance.mark('split-end')`);
  const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
  await session.send('Tracing.end');
  await done;
  console.log(`opening ${PEOPLE} people:`, JSON.stringify(drawn));

  const begin = events.find((e) => e.name === 'split-start')?.ts ?? profile.startTime;
  const end = events.find((e) => e.name === 'split-end')?.ts ?? Infinity;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  /** A sample's area: its innermost frame outside React's reconciler, the scheduler and native code; else that. */
  const sampleArea = (id: number): string => {
    let fallback = '';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const name = frameArea(node);
      if (!fallback) fallback = name;
      if (name.startsWith('native') || name === 'react-dom' || name === 'scheduler' || name === 'react' || name === 'map-bench-page.js') continue;
      return fallback.startsWith('native') && fallback !== name ? `${name} > ${fallback}` : name;
    }
    return fallback;
  };
  let time = profile.startTime;
  const totals = new Map<string, number>();
  const slots = new Map<number, Map<string, number>>();
  profile.samples.forEach((id, index) => {
    time += profile.timeDeltas[index] ?? 0;
    if (time < begin || time > end) return;
    const node = byId.get(id);
    const name = node?.callFrame.functionName === '(idle)' ? '(idle)' : sampleArea(id);
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    totals.set(name, (totals.get(name) ?? 0) + ms);
    const slot = Math.floor((time - begin) / 1000 / SLOT);
    const inSlot = slots.get(slot) ?? new Map<string, number>();
    inSlot.set(name, (inSlot.get(name) ?? 0) + ms);
    slots.set(slot, inSlot);
  });
  console.log('-- total by area (ms) --');
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  console.log(`-- in time order, ${SLOT} ms slots: the heaviest areas --`);
  for (const [slot, inSlot] of [...slots].sort((a, b) => a[0] - b[0])) {
    const top = [...inSlot].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
    console.log(`${String(slot * SLOT).padStart(5)} ms  ${top.join(' | ')}`);
  }
  // Rendering work (style, layout, paint, resize observers) on the page's main thread, in order.
  const mainThread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const kinds = ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'LocalFrameView::NotifyResizeObservers', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'ParseHTML', 'ResourceReceivedData', 'XHRReadyStateChange', 'MajorGC', 'MinorGC', 'RunMicrotasks'];
  console.log('-- main-thread events over 2 ms, in order --');
  for (const e of events.filter((e) => e.ph === 'X' && e.tid === mainThread?.tid && e.pid === mainThread.pid && kinds.includes(e.name) && (e.dur ?? 0) > 2000 && e.ts >= begin && e.ts <= end).sort((a, b) => a.ts - b.ts)) {
    console.log(`${((e.ts - begin) / 1000).toFixed(1).padStart(7)} ms  +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${e.name}`);
  }
} finally {
  await browser.close();
  await host.close();
  await rm(workspace, { recursive: true, force: true });
}
