// End-to-end harness: a fresh workspace, the real host (spawned or in-process) and Debian's Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHttpHost } from '../../electron/host/http-host';
import { seedDemoWorkspace } from '../../electron/services/demo/seed-demo-workspace';

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

export interface RunningHost {
  readonly url: string;
  readonly workspace: string;
  stop(): Promise<void>;
}

/** Builds the renderer from the current sources, so a journey never runs a stale bundle. */
export function buildRenderer(): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`vite build failed (${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
  }
}

export function makeWorkspace(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'dealmap-e2e-'));
}

export async function removeWorkspace(workspace: string | undefined): Promise<void> {
  if (workspace) await rm(workspace, { recursive: true, force: true });
}

/** `npm run serve -- --workspace DIR --port 0`, the command the README gives; resolves on its URL line. */
export function startServeCommand(workspace: string): Promise<RunningHost> {
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
      if (match?.[1]) resolve({ url: `${match[1]}/`, workspace, stop });
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
export async function startInProcessHost(workspace: string): Promise<RunningHost> {
  await seedDemoWorkspace(workspace);
  const host = await startHttpHost({ workspace, port: 0, rendererDir: RENDERER_DIR, log: () => {} });
  return { url: host.url, workspace, stop: () => host.close() };
}

/** Debian's Chromium; a missing browser fails the journey, it is never skipped. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. The end-to-end tests need it and never skip: run \`apt-get install -y chromium\` as root.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export async function openApp(browser: Browser, url: string): Promise<Page> {
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
