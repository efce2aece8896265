// Where the map's time goes: a CPU profile of opening an N-person deal and a trace of pan/zoom, summarised (a diagnostic, not a bench).
// Usage: npx vite build --minify false && npx tsx tests/bench/map-profile.ts [people=300] [out folder]
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { startHttpHost } from '../../electron/host/http-host';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layout-geometry';
import { serveFolder } from './map-bench-static';
import { CHROMIUM_ARGS, writeMapBenchWorkspace } from './map-bench-workspace';

const REPO = new URL('../..', import.meta.url).pathname;
const PEOPLE = Number(process.argv[2] ?? 300);
const OUT = process.argv[3] ?? join(tmpdir(), 'dealmap-map-profile');

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self and total time per function, the heaviest first. */
function summariseProfile(profile: Profile, top: number): string[] {
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;
  const selfByName = new Map<string, number>();
  const totalByName = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id);
    if (!node) continue;
    selfByName.set(name(node), (selfByName.get(name(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const ancestor = byId.get(at);
      if (!ancestor) break;
      const key = name(ancestor);
      if (seen.has(key)) continue;
      seen.add(key);
      totalByName.set(key, (totalByName.get(key) ?? 0) + ms);
    }
  }
  const rows = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`);
  return ['-- self --', ...rows(selfByName), '-- total --', ...rows(totalByName)];
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly dur?: number;
  readonly tid: number;
  readonly pid: number;
}

/** Total duration per trace event name (complete events), the heaviest first. */
function summariseTrace(events: readonly TraceEvent[], top: number): string[] {
  const totals = new Map<string, { ms: number; count: number }>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined) continue;
    const entry = totals.get(event.name) ?? { ms: 0, count: 0 };
    entry.ms += event.dur / 1000;
    entry.count += 1;
    totals.set(event.name, entry);
  }
  return [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, top).map(([key, { ms, count }]) => `${ms.toFixed(1).padStart(8)} ms ${String(count).padStart(6)}x  ${key}`);
}

async function traced(page: Page, session: CDPSession, work: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,viz', transferMode: 'ReportEvents' });
  await work();
  await session.send('Tracing.end');
  await done;
  void page;
  return events;
}

const { workspace, deal } = await writeMapBenchWorkspace('map-profile', PEOPLE);
await mkdir(OUT, { recursive: true });
const host = await startHttpHost({ workspace, port: 0, rendererDir: join(REPO, 'dist', 'renderer'), log: () => {} });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await page.addInitScript({ path: join(REPO, 'tests', 'bench', 'map-bench-page.js') });
  await page.goto(host.url);
  await page.locator('[data-deal-id="bench-small"] .deal-row').click();
  await page.locator('.react-flow__node-stakeholder').first().waitFor();
  // Warm once (the worker, the route cache as a reopening would find it is what the bench measures too: it opens each deal five times).
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  const measure = { start: `[data-deal-id="${deal.id}"] .deal-row`, nodes: '.react-flow__node-stakeholder', edges: '.react-flow__edge', counts: [deal.stakeholders.length, deal.relations.length] };
  for (let round = 0; round < 2; round += 1) {
    await page.locator('[data-deal-id="bench-small"] .deal-row').click();
    await page.waitForFunction(`document.querySelectorAll('.react-flow__node-stakeholder').length <= 10`);
    if (round === 1) await session.send('Profiler.start');
    const drawn = await page.evaluate(`window.dealmapBench.drawnAfter(${JSON.stringify(measure)})`);
    console.log(`opening ${PEOPLE} people, round ${round}:`, JSON.stringify(drawn));
  }
  const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
  await writeFile(join(OUT, 'open.cpuprofile'), JSON.stringify(profile));
  console.log(summariseProfile(profile, 40).join('\n'));

  await page.locator('[data-deal-id="bench-small"] .deal-row').click();
  await page.waitForFunction(`document.querySelectorAll('.react-flow__node-stakeholder').length <= 10`);
  const openEvents = await traced(page, session, () => page.evaluate(`window.dealmapBench.drawnAfter(${JSON.stringify(measure)})`));
  await writeFile(join(OUT, 'open.trace.json'), JSON.stringify({ traceEvents: openEvents }));
  console.log('-- opening trace --');
  console.log(summariseTrace(openEvents, 30).join('\n'));

  let fps = 0;
  await session.send('Profiler.start');
  const panEvents = await traced(page, session, async () => {
    fps = (await page.evaluate('window.dealmapBench.framesDuringPanZoom(2000)')) as number;
  });
  const { profile: panProfile } = (await session.send('Profiler.stop')) as { profile: Profile };
  await writeFile(join(OUT, 'pan.trace.json'), JSON.stringify({ traceEvents: panEvents }));
  await writeFile(join(OUT, 'pan.cpuprofile'), JSON.stringify(panProfile));
  console.log(`-- pan/zoom trace (${fps.toFixed(1)} fps) --`);
  console.log(summariseTrace(panEvents, 30).join('\n'));
  console.log('-- pan/zoom profile --');
  console.log(summariseProfile(panProfile, 30).join('\n'));
  await page.screenshot({ path: join(OUT, 'after-pan.png') });

  // The same pan/zoom on the bare React Flow page (built by the bench into dist/bench/map-bare).
  const bareServer = await serveFolder(join(REPO, 'dist', 'bench', 'map-bare'));
  try {
    const bare = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    await bare.addInitScript({ path: join(REPO, 'tests', 'bench', 'map-bench-page.js') });
    await bare.goto(bareServer.url);
    await bare.waitForFunction('window.bareMap !== undefined');
    const nodes = deal.stakeholders.map((s) => ({ id: s.id, position: deal.layout?.[s.id] ?? { x: 0, y: 0 }, data: { label: `${s.name} · ${s.role} · ${s.stance}` }, style: { width: NODE_WIDTH, height: NODE_HEIGHT } }));
    const edges = deal.relations.map((r) => (r.kind === 'reports-to' ? { id: r.id, source: r.to, target: r.from } : { id: r.id, source: r.from, target: r.to }));
    const bareMeasure = { start: { nodes, edges }, nodes: '.react-flow__node', edges: '.react-flow__edge', counts: [nodes.length, edges.length] };
    console.log('bare opening:', JSON.stringify(await bare.evaluate(`window.dealmapBench.drawnAfter(${JSON.stringify(bareMeasure)})`)));
    await bare.evaluate('window.bareMap.clear()');
    const bareSession = await bare.context().newCDPSession(bare);
    const bareOpen = await traced(bare, bareSession, async () => console.log('bare opening, traced:', JSON.stringify(await bare.evaluate(`window.dealmapBench.drawnAfter(${JSON.stringify(bareMeasure)})`))));
    await writeFile(join(OUT, 'bare-open.trace.json'), JSON.stringify({ traceEvents: bareOpen }));
    console.log('-- bare opening trace --');
    console.log(summariseTrace(bareOpen, 30).join('\n'));
    let bareFps = 0;
    const bareEvents = await traced(bare, bareSession, async () => {
      bareFps = (await bare.evaluate('window.dealmapBench.framesDuringPanZoom(2000)')) as number;
    });
    await writeFile(join(OUT, 'bare-pan.trace.json'), JSON.stringify({ traceEvents: bareEvents }));
    console.log(`-- bare pan/zoom trace (${bareFps.toFixed(1)} fps) --`);
    console.log(summariseTrace(bareEvents, 30).join('\n'));
  } finally {
    await bareServer.close();
  }
} finally {
  await browser.close();
  await host.close();
  await rm(workspace, { recursive: true, force: true });
}
