// Every file the packaged app loads is written by the build and packed by electron-builder.yml; the bundles are self-contained.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { resolveAppLocations } from '../../../electron/app-locations';
import { serializeDeal } from '../../../electron/services/deal-file-order';
import { qualifyDealText } from '../../../electron/services/index/qualify-deal-text';
import { startThreadPool } from '../../../electron/services/thread-pool';
import { buildHealthyDeal, TEST_AS_OF } from '../../support/deal-builder';
import { isPacked, readBuilderConfig, repoRoot } from './builder-config';

const files = readBuilderConfig().files ?? [];
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};
/** What the sandbox's require knows in a preload (Electron's sandbox tutorial). */
const SANDBOX_REQUIRABLE = new Set(['electron', 'events', 'timers', 'url', 'node:events', 'node:timers', 'node:url']);

// A temp app folder: `npm run build`'s two steps write there, not to the dist/ other tests serve.
let appDir: string;

beforeAll(async () => {
  appDir = await mkdtemp(path.join(os.tmpdir(), 'dealmap-packaging-'));
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const quiet = { cwd: repoRoot, stdio: 'pipe' } as const;
  execFileSync(process.execPath, [vite, 'build', '--outDir', path.join(appDir, 'dist', 'renderer'), '--emptyOutDir'], quiet);
  execFileSync(process.execPath, ['scripts/build-electron.mjs', '--out-dir', path.join(appDir, 'dist', 'electron')], quiet);
}, 180_000);

afterAll(async () => {
  await rm(appDir, { recursive: true, force: true });
});

/** Slash-separated path from the app folder, as electron-builder matches it. */
const relative = (file: string) => path.relative(appDir, file).split(path.sep).join('/');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function requiredModules(bundle: string): string[] {
  return [...readFileSync(bundle, 'utf8').matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1] ?? '');
}

describe('the build this test checks', () => {
  it('is the one `npm run build` runs', () => {
    expect(packageJson.scripts.build).toBe('vite build && node scripts/build-electron.mjs');
  });
});

describe('files the packaged app loads', () => {
  it('has its main entry, from package.json, built and packed', () => {
    expect(packageJson.main).toBe('dist/electron/main.cjs');
    expect(existsSync(path.join(appDir, packageJson.main))).toBe(true);
    expect(isPacked(packageJson.main, files)).toBe(true);
    expect(isPacked('package.json', files)).toBe(true);
  });

  it('has the preload the window uses built and packed', () => {
    const { preloadPath } = resolveAppLocations(appDir, true, undefined);
    expect(existsSync(preloadPath)).toBe(true);
    expect(isPacked(relative(preloadPath), files)).toBe(true);
  });

  it('has the page app:// serves, and every script and stylesheet it links, built and packed', () => {
    const { rendererRoot } = resolveAppLocations(appDir, true, undefined);
    const index = path.join(rendererRoot ?? '', 'index.html');
    expect(isPacked(relative(index), files)).toBe(true);
    const linked = [...readFileSync(index, 'utf8').matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(linked.length).toBeGreaterThanOrEqual(2);
    for (const link of linked) {
      const file = path.resolve(path.dirname(index), link);
      expect(existsSync(file), `${link} linked from index.html`).toBe(true);
      expect(isPacked(relative(file), files), `${link} packed`).toBe(true);
    }
  });

  it('packs every built file but source maps, and nothing outside the build', () => {
    for (const file of filesUnder(path.join(appDir, 'dist'))) {
      expect(isPacked(relative(file), files), relative(file)).toBe(!file.endsWith('.map'));
    }
    for (const outside of ['electron/main.ts', 'node_modules/electron/index.js', 'renderer/index.html', 'tests/x.test.ts']) {
      expect(isPacked(outside, files), outside).toBe(false);
    }
  });
});

describe('self-contained bundles', () => {
  it('has a preload that requires only what a sandboxed preload can, and exports nothing', () => {
    const preload = resolveAppLocations(appDir, true, undefined).preloadPath;
    const required = requiredModules(preload);
    expect(required).toContain('electron');
    for (const name of required) expect(SANDBOX_REQUIRABLE.has(name), `preload requires ${name}`).toBe(true);
    expect(readFileSync(preload, 'utf8')).not.toMatch(/\bmodule\.exports\b/);
  });

  it('has the listing worker the main bundle starts built beside it, packed, and requiring only Node built-ins', () => {
    const worker = path.join(appDir, 'dist', 'electron', 'listing-worker.cjs');
    expect(existsSync(worker)).toBe(true);
    expect(isPacked(relative(worker), files)).toBe(true);
    // listing-worker-url.ts resolves beside main.cjs: `import.meta.url` is main.cjs's own URL there.
    expect(readFileSync(path.join(appDir, packageJson.main), 'utf8')).toContain('"./listing-worker.cjs"');
    for (const name of requiredModules(worker)) expect(isBuiltin(name), `listing worker requires ${name}`).toBe(true);
  });

  it('has a listing worker that qualifies deal texts on a thread exactly as this thread does', async () => {
    const worker = pathToFileURL(path.join(appDir, 'dist', 'electron', 'listing-worker.cjs'));
    const options = { asOf: TEST_AS_OF };
    const files = [
      { name: 'healthy.json', text: serializeDeal(buildHealthyDeal({ id: 'healthy' })) },
      { name: 'broken.json', text: '{ "schemaVersion": 2,' },
    ];
    const pool = startThreadPool<typeof files, unknown[]>(worker, options, 1);
    expect(pool).not.toBeNull();
    try {
      const outcomes = await pool?.run(files);
      expect(outcomes).toEqual(files.map(({ name, text }) => qualifyDealText(text, name, options)));
      expect(outcomes?.[0]).toHaveProperty('summary.id', 'healthy');
    } finally {
      await pool?.stop();
    }
  });

  it('has a main bundle that requires only electron and Node built-ins (no node_modules are packed)', () => {
    const required = requiredModules(path.join(appDir, packageJson.main));
    expect(required).toContain('electron');
    for (const name of required) expect(name === 'electron' || isBuiltin(name), `main requires ${name}`).toBe(true);
  });
});

describe('isPacked', () => {
  it('follows electron-builder: patterns in order, a later ! excludes', () => {
    expect(isPacked('dist/a.js', ['dist/**', '!dist/**/*.map'])).toBe(true);
    expect(isPacked('dist/a.js.map', ['dist/**', '!dist/**/*.map'])).toBe(false);
    expect(isPacked('src/a.js', ['dist/**'])).toBe(false);
  });
});
