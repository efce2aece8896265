// End-to-end harness: a fresh workspace, the real host (spawned or in-process) and Debian's Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startHttpHost } from '../../electron/host/http-host';
import { serializeDeal } from '../../electron/services/deal-file-order';
import { seedDemoWorkspace } from '../../electron/services/demo/seed-demo-workspace';
import type { Deal } from '../../shared/model/deal-schema';
import { makeTempWorkspace, removeTempWorkspace } from './temp-workspace';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RENDERER_DIR = join(REPO_ROOT, 'dist', 'renderer');
const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'e2e');
export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface RunningHost {
  readonly url: string;
  stop(): Promise<void>;
}

export interface AppSessionOptions {
  /** `npm run serve`, the command the README gives, or the same host in this process (quicker to start). */
  readonly host: 'serve-command' | 'in-process';
  /** Deal files written into the fresh workspace as Dealmap writes them, before `prepareWorkspace`. */
  readonly deals?: readonly Deal[];
  /** Fills the fresh workspace before the host starts; a workspace left empty gets the demo deals. */
  readonly prepareWorkspace?: (workspace: string) => Promise<void>;
}

export interface AppSession {
  /** The workspace folder the host serves. */
  readonly workspace: string;
  /** Opens the app in a new page of the session's Chromium. */
  openApp(): Promise<Page>;
  /** Closes the browser and stops the host, so nothing writes to the workspace any more. */
  stop(): Promise<void>;
}

/**
 * One journey's app for the whole test file: before all tests it builds the renderer, makes a
 * workspace, starts the host and Chromium; after them it stops both and removes the workspace.
 */
export function useAppSession(options: AppSessionOptions): AppSession {
  let workspace: string | undefined;
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  let stopping: Promise<void> | undefined;

  beforeAll(async () => {
    buildRenderer();
    workspace = await makeTempWorkspace('dealmap-e2e-');
    if (options.deals) await writeDealFiles(workspace, options.deals);
    await options.prepareWorkspace?.(workspace);
    host = options.host === 'serve-command' ? await startServeCommand(workspace) : await startInProcessHost(workspace);
    browser = await launchChromium();
  });

  const stop = () =>
    (stopping ??= (async () => {
      await browser?.close();
      await host?.stop();
    })());

  afterAll(async () => {
    await stop();
    await removeTempWorkspace(workspace);
  });

  return {
    get workspace() {
      return started(workspace, 'workspace');
    },
    openApp: () => openApp(started(browser, 'browser'), started(host, 'host').url),
    stop,
  };
}

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the session's ${what} exists only once its beforeAll has run`);
  return value;
}

/** Builds the renderer from the current sources, so a journey never runs a stale bundle. */
function buildRenderer(): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`vite build failed (${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** `npm run serve -- --workspace DIR --port 0`, the command the README gives; resolves on its URL line. */
function startServeCommand(workspace: string): Promise<RunningHost> {
  const child = spawn('npm', ['run', 'serve', '--', '--workspace', workspace, '--port', '0'], {
    cwd: REPO_ROOT,
    // Its own process group, so stop() ends npm, tsx and node together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping: Promise<void> | null = null;
  const stop = () => (stopping ??= stopProcessGroup(child, exited));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match?.[1]) resolve({ url: `${match[1]}/`, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`npm run serve exited with ${String(code)}:\n${output}`)));
  });
}

async function stopProcessGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // The group is already gone.
    return;
  }
  await exited;
}

/** The same host in this process, on a workspace seeded with the demo (unless it has deals already). */
async function writeDealFiles(workspace: string, deals: readonly Deal[]): Promise<void> {
  await mkdir(join(workspace, 'deals'), { recursive: true });
  for (const deal of deals) await writeFile(join(workspace, 'deals', `${deal.id}.json`), serializeDeal(deal));
}

async function startInProcessHost(workspace: string): Promise<RunningHost> {
  await seedDemoWorkspace(workspace);
  const host = await startHttpHost({ workspace, port: 0, rendererDir: RENDERER_DIR, log: () => {} });
  return { url: host.url, stop: () => host.close() };
}

/** Debian's Chromium; a missing browser fails the journey, it is never skipped. */
async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. The end-to-end tests need it and never skip: run \`apt-get install -y chromium\` as root.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

async function openApp(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  return page;
}

/** Saves the journey's screenshot as a test artifact under test-results/e2e/. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
