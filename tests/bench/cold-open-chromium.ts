// The cold open end to end: a browser host started as its own process with no index, Chromium from navigation until the deal list shows.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { indexFilePath } from '../../electron/services/index/index-location';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface HostProcess {
  readonly url: string;
  /** User + system CPU seconds of the host process so far, every thread (its listing threads included). */
  cpu(): number;
  close(): Promise<void>;
}

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** /proc/<pid>/stat: the command's name, its parent, and its CPU seconds (utime + stime, every thread); null once it is gone. */
function statOf(pid: number): { readonly name: string; readonly parent: number; readonly cpu: number } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The name is in parentheses and may hold spaces; ppid, utime and stime are the 2nd, 12th and 13th fields after it.
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  return { name: text.slice(text.indexOf('(') + 1, close), parent: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / TICKS };
}

function cpuOf(pid: number): number {
  return statOf(pid)?.cpu ?? NaN;
}

/** CPU seconds of the Chromium processes this bench started (browser, renderers, GPU, network): other helpers' browsers are not ours. */
export function chromiumCpu(): number {
  const processes = new Map<number, NonNullable<ReturnType<typeof statOf>>>();
  for (const entry of readdirSync('/proc')) {
    const stat = /^\d+$/.test(entry) ? statOf(Number(entry)) : null;
    if (stat) processes.set(Number(entry), stat);
  }
  const ours = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 16; hops += 1) {
      if (at === process.pid) return true;
      at = processes.get(at)?.parent ?? 0;
    }
    return false;
  };
  let cpu = 0;
  for (const [pid, stat] of processes) if (stat.name === 'chromium' && ours(pid)) cpu += stat.cpu;
  return cpu;
}

/**
 * `npm run serve -- --no-build --port 0` as its own process (no npm wrapper between: scripts/serve.mjs, from its
 * bundles, made before the host says it runs), its index in `cacheFolder`.
 */
export async function startHostProcess(workspace: string, cacheFolder: string): Promise<HostProcess> {
  // DEALMAP_BENCH_HOST_NODE_ARGS: extra node flags for the host, e.g. --cpu-prof to see where its time goes.
  const extra = (process.env.DEALMAP_BENCH_HOST_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...extra, 'scripts/serve.mjs', '--workspace', workspace, '--port', '0', '--no-build'], {
    cwd: REPO_ROOT,
    env: { ...process.env, DEALMAP_CACHE_DIR: cacheFolder },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid ?? NaN;
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const running = /running at (\S+)/.exec(out);
      if (running?.[1]) done(running[1]);
    });
    child.once('exit', (code) => fail(new Error(`the host exited (${code}) before serving: ${errors}`)));
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    url,
    cpu: () => cpuOf(pid),
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** What the page recorded on its way (see RECORDER). */
interface PageRecord {
  readonly progress: readonly { readonly text: string; readonly at: number }[];
  readonly visibleAt: number | null;
}

/**
 * Runs in the page before its scripts: each distinct progress line ("Reading the deal files: N of M")
 * and the moment the first deal row exists, in ms from navigation start.
 */
const RECORDER = `(() => {
  // Room for every progress poll's entry: past the default 250 the listing's own would be dropped.
  performance.setResourceTimingBufferSize(100000);
  const record = { progress: [], visibleAt: null };
  window.__coldOpen = record;
  let last = null;
  new MutationObserver(() => {
    const label = document.getElementById('opening-progress-label');
    const text = label ? label.textContent : null;
    if (text && text !== last) { last = text; record.progress.push({ text, at: performance.now() }); }
    if (record.visibleAt === null && document.querySelector('[data-deal-id]')) record.visibleAt = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

export interface ColdOpen {
  /** Navigation start until the first deal row exists, ms (the page's own clock). */
  readonly visibleMs: number;
  /** The host's CPU seconds from navigation until the list showed. */
  readonly hostCpu: number;
  /** Chromium's CPU seconds (all its processes) over the same time. */
  readonly chromiumCpu: number;
  /** Distinct "N of M" lines the progress showed (0: it never showed). */
  readonly progressCounts: number;
  /** When the first and last progress line showed, ms from navigation start. */
  readonly progressSpan: readonly [number, number] | null;
  /** The listDeals answer: bytes on the wire and decoded, and when it was asked and fully received (ms from navigation). */
  readonly listing: { readonly encoded: number; readonly decoded: number; readonly askedAt: number; readonly receivedAt: number };
  /** The page's main-thread time in script and in style and layout, ms (Chrome's Performance metrics). */
  readonly page: { readonly script: number; readonly layout: number; readonly task: number };
  /** listingProgress calls the page made. */
  readonly polls: number;
}

/** Deletes the workspace's index in `cacheFolder` (the cache the host would warm up from). */
export async function deleteIndex(workspace: string, cacheFolder: string): Promise<void> {
  await rm(indexFilePath(resolve(workspace), cacheFolder), { force: true });
}

/** Takes the screenshots: one mid-progress (a count past 0), one with the list shown. */
async function screenshots(page: Page, folder: string, tag: string): Promise<void> {
  const label = page.locator('#opening-progress-label');
  await label.filter({ hasText: /: [1-9]/ }).waitFor({ timeout: 120_000 });
  await page.screenshot({ path: join(folder, `${tag}-progress.png`) });
}

/**
 * One cold open: the index deleted, a new host process, a new browser context (no storage), then
 * navigation until the deal list shows. `shots`: a folder for screenshots (that run's timing is off).
 */
export async function coldOpenInChromium(browser: Browser, workspace: string, cacheFolder: string, shots?: { readonly folder: string; readonly tag: string }): Promise<ColdOpen> {
  await deleteIndex(workspace, cacheFolder);
  const host = await startHostProcess(workspace, cacheFolder);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORDER);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let polls = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/listingProgress')) polls += 1;
    });
    const cpuBefore = host.cpu();
    const chromiumBefore = chromiumCpu();
    await page.goto(host.url);
    if (shots) await screenshots(page, shots.folder, shots.tag);
    await page.locator('[data-deal-id]').first().waitFor({ timeout: 300_000 });
    const hostCpu = host.cpu() - cpuBefore;
    const chromiumUsed = chromiumCpu() - chromiumBefore;
    if (shots) await page.screenshot({ path: join(shots.folder, `${shots.tag}-list.png`) });
    const record = (await page.evaluate('window.__coldOpen')) as PageRecord;
    const listing = (await page.evaluate(`(() => {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/listDeals'));
      return entry ? { encoded: entry.encodedBodySize, decoded: entry.decodedBodySize, askedAt: entry.startTime, receivedAt: entry.responseEnd } : null;
    })()`)) as ColdOpen['listing'] | null;
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => Math.round((metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
    const first = record.progress[0];
    const last = record.progress.at(-1);
    return {
      visibleMs: record.visibleAt ?? NaN,
      hostCpu,
      chromiumCpu: chromiumUsed,
      progressCounts: new Set(record.progress.map((line) => line.text)).size,
      progressSpan: first && last ? [first.at, last.at] : null,
      listing: listing ?? { encoded: NaN, decoded: NaN, askedAt: NaN, receivedAt: NaN },
      page: { script: metric('ScriptDuration'), layout: metric('LayoutDuration') + metric('RecalcStyleDuration'), task: metric('TaskDuration') },
      polls,
    };
  } finally {
    await context.close();
    await host.close();
  }
}
