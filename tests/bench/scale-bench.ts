// Team-scale bench (DEALMAP_BENCH_SCALE=1): 50,000 deals opened cold and warm, in Node and in Chromium, report --json, an outside change.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { startHttpHost } from '../../electron/host/http-host';
import { createDealmapServices } from '../../electron/services/dealmap-services';
import { serializeDeal } from '../../electron/services/deal-file-order';
import { indexFilePath } from '../../electron/services/index/index-location';
import { buildDeal } from '../support/deal-builder';
import { median, report, type Timing } from './bench-kit';
import { coldOpenInChromium, type ColdOpen } from './cold-open-chromium';

const AS_OF = '2026-12-01';

/** The date `days` after `YYYY-MM-DD` `date`. */
function nextDay(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Generated once and reused: writing 50,000 deals takes a while. */
const WORKSPACES = process.env.DEALMAP_BENCH_WORKSPACES ?? join(tmpdir(), 'dealmap-bench-workspaces');
/** DEALMAP_BENCH_SCALE_PARTS=node,cli,chromium (the default: all three) runs some of them. */
const PARTS = new Set((process.env.DEALMAP_BENCH_SCALE_PARTS ?? 'node,cli,chromium').split(','));
/** DEALMAP_BENCH_SHOTS=<folder>: one more cold open per size, untimed, screenshot mid-progress and with the list shown. */
const SHOTS = process.env.DEALMAP_BENCH_SHOTS;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function workspaceOf(deals: number): string {
  const dir = join(WORKSPACES, `deals-${deals}`);
  if (!existsSync(join(dir, 'deals'))) {
    const made = spawnSync(process.execPath, ['scripts/dealmap.mjs', 'generate', '--deals', String(deals), '--seed', '7', '--as-of', AS_OF, dir], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`generate failed: ${made.stderr}`);
  }
  return dir;
}

/** The load average as the bench runs: the 2-core machine is shared, and wall-clock figures follow it. */
const load = () => `load ${loadavg()[0]?.toFixed(1)}`;

async function timed(runs: number, work: (run: number) => Promise<void>): Promise<Timing & { readonly cpu: number }> {
  const times: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    await work(run);
    times.push(performance.now() - start);
    // This process's CPU time, its listing threads' included: the fair comparison on a busy machine.
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1e6);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs, cpu: median(cpus) };
}

/** A timing with its median CPU time and the load it was taken under. */
function reportCpu(label: string, timing: Awaited<ReturnType<typeof timed>>): void {
  report(label, timing);
  console.log(`${''.padEnd(58)} CPU time median ${timing.cpu.toFixed(1)} s (${load()})`);
}

const LISTING_WORKER = new URL('../../electron/services/index/listing-worker.ts', import.meta.url);
const caches = await mkdtemp(join(tmpdir(), 'dealmap-bench-cache-'));
// The desktop app's own listing worker, bundled as `npm run build` bundles it.
spawnSync(process.execPath, ['scripts/build-electron.mjs', '--out-dir', join(caches, 'electron')], { cwd: REPO_ROOT });
const BUNDLED_LISTING_WORKER = pathToFileURL(join(caches, 'electron', 'listing-worker.cjs'));

// `npm run dealmap` bundles the CLI on its first run after a change (scripts/dealmap.mjs): made here, so no timing includes it.
spawnSync(process.execPath, ['scripts/dealmap.mjs', 'report', '--help'], { cwd: REPO_ROOT });

/** `/usr/bin/time` around a CLI run as `npm run dealmap` starts it: seconds, CPU seconds (user + system, every thread) and peak RSS in MB. */
function timedCli(args: readonly string[], cacheDir: string): { readonly seconds: number; readonly cpu: number; readonly megabytes: number } {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, 'scripts/dealmap.mjs', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, DEALMAP_CACHE_DIR: cacheDir },
  });
  const [seconds, kilobytes, user, system] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { seconds: seconds ?? NaN, cpu: (user ?? NaN) + (system ?? NaN), megabytes: Math.round((kilobytes ?? 0) / 1024) };
}

try {
  for (const deals of PARTS.has('node') ? [5_000, 50_000] : []) {
    const workspace = workspaceOf(deals);
    const label = deals.toLocaleString('en');
    // Each cold listing writes its index in the background: waited for after the timing, so it slows no later run.
    const cold: Awaited<ReturnType<typeof createDealmapServices>>[] = [];
    report(`cold open (no index), ${label} deals`, await timed(deals > 10_000 ? 1 : 3, async (run) => {
      cold.push(createDealmapServices({ workspace, cacheFolder: join(caches, `cold-${deals}-${run}`) }));
      await cold.at(-1)?.listDeals({ asOf: AS_OF });
    }));
    await Promise.all(cold.splice(0).map((services) => services.flushIndex()));
    // The app's cold open (the desktop app and the browser host list on threads), median of 3.
    reportCpu(`cold open (no index), ${label} deals, listing threads (CLI, sources)`, await timed(3, async (run) => {
      const cacheFolder = join(caches, `cold-threads-${deals}-${run}`);
      cold.push(createDealmapServices({ workspace, cacheFolder, listingWorker: LISTING_WORKER }));
      await cold.at(-1)?.listDeals({ asOf: AS_OF });
    }));
    await Promise.all(cold.splice(0).map((services) => services.flushIndex()));
    reportCpu(`cold open (no index), ${label} deals, listing threads (desktop bundle's worker)`, await timed(deals > 10_000 ? 1 : 3, async (run) => {
      const cacheFolder = join(caches, `cold-bundle-${deals}-${run}`);
      cold.push(createDealmapServices({ workspace, cacheFolder, listingWorker: BUNDLED_LISTING_WORKER }));
      await cold.at(-1)?.listDeals({ asOf: AS_OF });
    }));
    await Promise.all(cold.splice(0).map((services) => services.flushIndex()));
    const warm = join(caches, `warm-${deals}`);
    const first = createDealmapServices({ workspace, cacheFolder: warm });
    await first.listDeals({ asOf: AS_OF });
    await first.flushIndex();
    let bytes = 0;
    reportCpu(`warm open (index on disk), ${label} deals, Node`, await timed(5, async () => {
      const listing = await createDealmapServices({ workspace, cacheFolder: warm }).listDeals({ asOf: AS_OF });
      bytes = Buffer.byteLength(JSON.stringify(listing.deals));
    }));
    console.log(`listing payload, ${label} deals: ${Math.round(bytes / deals)} bytes per deal before compression`);
    // The first open of each of the next three days, each by a new process as the app lists (threads), from the index the day before left (a copy: the CLI's runs below use the warm one).
    const days = join(caches, `days-${deals}`);
    await cp(warm, days, { recursive: true });
    const indexPath = indexFilePath(workspace, days);
    const indexed = async () => Object.entries((JSON.parse(await readFile(indexPath, 'utf8')) as { entries: Record<string, unknown> }).entries).map(([name, entry]) => `${name} ${JSON.stringify(entry)}`);
    const opens: { ms: number; cpu: number; qualified: number }[] = [];
    for (let day = 1; day <= 3; day += 1) {
      const before = new Set(await indexed());
      const services = createDealmapServices({ workspace, cacheFolder: days, listingWorker: LISTING_WORKER });
      const start = performance.now();
      const cpu = process.cpuUsage();
      await services.listDeals({ asOf: nextDay(AS_OF, day) });
      const used = process.cpuUsage(cpu);
      const ms = performance.now() - start;
      await services.flushIndex();
      opens.push({ ms, cpu: (used.user + used.system) / 1e6, qualified: (await indexed()).filter((entry) => !before.has(entry)).length });
    }
    const times = opens.map((open) => open.ms);
    reportCpu(`first open of a new day (index of the day before), ${label} deals, listing threads`, { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: opens.length, cpu: median(opens.map((open) => open.cpu)) });
    console.log(`${''.padEnd(58)} deals qualified again on each of the three days (a date they read had passed): ${opens.map((open) => open.qualified.toLocaleString('en')).join(', ')} of ${label}`);
  }

  const workspace = workspaceOf(50_000);
  if (PARTS.has('cli')) reportOnCli(workspace);
  if (PARTS.has('chromium')) {
    spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO_ROOT });
    await coldOpensInChromium();
    await warmOpensInChromium();
  }
} finally {
  await rm(caches, { recursive: true, force: true });
}

/** report and review --json on 50,000 deals, cold and warm, with CPU time and peak memory. */
function reportOnCli(workspace: string): void {
  const reportArgs = ['report', workspace, '--json', '--as-of', AS_OF];
  const line = (run: ReturnType<typeof timedCli>) => `${run.seconds} s, CPU ${run.cpu.toFixed(1)} s, peak RSS ${run.megabytes} MB (${load()})`;
  // The first report of a day: no index for the date, no cached rows (each file read once, by the listing's report threads); median of 3.
  const colds = [0, 1, 2].map((run) => timedCli(reportArgs, join(caches, `report-cold-50000-${run}`)));
  console.log(
    `report --json, 50,000 deals, cold (no index, no cached rows): median ${median(colds.map((run) => run.seconds))} s ` +
      `(${colds.map((run) => run.seconds).join(', ')} s), CPU time median ${median(colds.map((run) => run.cpu)).toFixed(1)} s, ` +
      `peak RSS ${Math.max(...colds.map((run) => run.megabytes))} MB (${load()})`,
  );
  // The first report of the next day, from each cold run's index and rows: only deals whose row counts days since a passed date, or that a date passes for, are reported again.
  const nextDays = [0, 1, 2].map((run) => timedCli(['report', workspace, '--json', '--as-of', nextDay(AS_OF, 1)], join(caches, `report-cold-50000-${run}`)));
  console.log(
    `report --json, 50,000 deals, the next day (index and cached rows of the day before): median ${median(nextDays.map((run) => run.seconds))} s ` +
      `(${nextDays.map((run) => run.seconds).join(', ')} s), CPU time median ${median(nextDays.map((run) => run.cpu)).toFixed(1)} s, ` +
      `peak RSS ${Math.max(...nextDays.map((run) => run.megabytes))} MB (${load()})`,
  );
  // The index warm but no cached rows (the reporting code changed): every deal read and reported.
  console.log(`report --json, 50,000 deals, warm index, no cached rows: ${line(timedCli(reportArgs, join(caches, 'warm-50000')))}`);
  const reports = [0, 1, 2].map(() => timedCli(reportArgs, join(caches, 'warm-50000')));
  const seconds = reports.map((run) => run.seconds);
  console.log(
    `report --json, 50,000 deals (warm index and cached rows): median ${median(seconds)} s (${Math.min(...seconds)} to ${Math.max(...seconds)} s over 3 runs), ` +
      `CPU time median ${median(reports.map((run) => run.cpu)).toFixed(1)} s, peak RSS ${Math.max(...reports.map((run) => run.megabytes))} MB (${load()})`,
  );
  const review = timedCli(['review', workspace, '--json', '--as-of', AS_OF], join(caches, 'warm-50000'));
  console.log(`review --json, 50,000 deals (no review yet: every deal compared): ${review.seconds} s, CPU ${review.cpu.toFixed(1)} s, peak RSS ${review.megabytes} MB`);
}

/**
 * The cold open end to end, median of 3: each run a new host process with the index deleted and a
 * new browser context, from navigation until the first deal row shows, with the progress it showed.
 */
async function coldOpensInChromium(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (const deals of [5_000, 50_000]) {
      const workspace = workspaceOf(deals);
      const label = deals.toLocaleString('en');
      const cacheFolder = join(caches, `chromium-cold-${deals}`);
      const opens: ColdOpen[] = [];
      const loads: string[] = [];
      for (let run = 0; run < 3; run += 1) {
        opens.push(await coldOpenInChromium(browser, workspace, cacheFolder));
        loads.push(load());
      }
      const visible = opens.map((open) => open.visibleMs);
      report(`cold open (no index), ${label} deals: deal list visible in Chromium`, { median: median(visible), min: Math.min(...visible), max: Math.max(...visible), runs: opens.length });
      const middle = opens.find((open) => open.visibleMs === median(visible)) ?? opens[0];
      for (const [run, open] of opens.entries()) {
        const span = open.progressSpan ? `from ${(open.progressSpan[0] / 1000).toFixed(1)} s to ${(open.progressSpan[1] / 1000).toFixed(1)} s` : 'never';
        console.log(
          `  run ${run + 1}: ${(open.visibleMs / 1000).toFixed(1)} s (${loads[run]}); CPU: host ${open.hostCpu.toFixed(1)} s, Chromium ${open.chromiumCpu.toFixed(1)} s; ` +
            `progress line ${open.progressCounts > 0 ? `showed ${open.progressCounts} distinct counts, ${span}` : 'never showed'} (${open.polls} polls); ` +
            `listDeals asked at ${(open.listing.askedAt / 1000).toFixed(1)} s, answered by ${(open.listing.receivedAt / 1000).toFixed(1)} s; ` +
            `page main thread ${open.page.task} ms (script ${open.page.script} ms, style and layout ${open.page.layout} ms)`,
        );
      }
      if (middle) {
        console.log(
          `listing payload as the host sends it, ${label} deals: ${Math.round(middle.listing.decoded / deals)} bytes per deal before compression, ` +
            `${(middle.listing.decoded / 1e6).toFixed(1)} MB compressed to ${(middle.listing.encoded / 1e6).toFixed(2)} MB`,
        );
      }
      if (SHOTS) await coldOpenInChromium(browser, workspace, cacheFolder, { folder: SHOTS, tag: `cold-open-${deals}` });
    }
  } finally {
    await browser.close();
  }
}

/** The deal list visible after a warm open (host running, index on disk) at 5,000 and 50,000 deals, and an outside change reaching the open list. */
async function warmOpensInChromium(): Promise<void> {
  // The page lists as of today: warm the index for today, as yesterday's app run would have.
  const today = new Date();
  const localToday = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (const deals of [5_000, 50_000]) {
      const workspace = workspaceOf(deals);
      const label = deals.toLocaleString('en');
      const cacheFolder = join(caches, `chromium-warm-${deals}`);
      const warmToday = createDealmapServices({ workspace, cacheFolder });
      await warmToday.listDeals({ asOf: localToday });
      await warmToday.flushIndex();
      process.env.DEALMAP_CACHE_DIR = cacheFolder;
      const host = await startHttpHost({ workspace, port: 0, rendererDir: join(REPO_ROOT, 'dist', 'renderer'), log: () => undefined });
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      try {
        const firstLoad = performance.now();
        await page.goto(host.url);
        await page.locator('[data-deal-id]').first().waitFor({ timeout: 120_000 });
        console.log(`first page after the host started, ${label} deals (index read from disk; known files answered from it, all checked in the background): ${Math.round(performance.now() - firstLoad)} ms (${load()})`);
        report(`warm open, ${label} deals: deal list visible in Chromium (host running)`, await timed(5, async () => {
          await page.goto(host.url);
          await page.locator('[data-deal-id]').first().waitFor({ timeout: 60_000 });
        }));
        console.log(`${''.padEnd(58)} (${load()})`);
        if (deals < 50_000) continue;
        report(`an outside change reaching the open list (${label} deals)`, await timed(5, async (run) => {
          const id = `aaa-outside-${run}-${Date.now()}`;
          await writeFile(join(workspace, 'deals', `${id}.json`), serializeDeal(buildDeal({ id, name: `AAA outside ${run}` })));
          await page.locator(`[data-deal-id="${id}"]`).waitFor({ timeout: 30_000 });
          await rm(join(workspace, 'deals', `${id}.json`));
        }));
        console.log(`${''.padEnd(58)} (${load()})`);
      } finally {
        await page.close();
        await host.close();
      }
    }
  } finally {
    await browser.close();
  }
}
