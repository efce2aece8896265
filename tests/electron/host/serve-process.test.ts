// `npm run serve` as a process on a fresh folder, from its bundles (scripts/serve.mjs): seeds the demo, prints one line, serves the API as the sources do.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../../electron/host/serve-args';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { qualifyDealText } from '../../../electron/services/index/qualify-deal-text';
import { readListedFile, type ThreadRead } from '../../../electron/services/index/read-listed-file';
import type { ListingRequest } from '../../../electron/services/index/listing-threads';
import { startThreadPool } from '../../../electron/services/thread-pool';
import { defaultWorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { useTempWorkspace } from '../../support/temp-workspace';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const root = useTempWorkspace('all');

/** Resolves with the first stdout line; the process keeps running. */
function firstLine(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end >= 0) resolve(text.slice(0, end));
    });
    child.on('exit', (code) => reject(new Error(`serve exited early with ${String(code)}`)));
  });
}

const AS_OF = '2026-12-01';

async function call(url: string, name: string, body: unknown): Promise<{ ok: boolean; value: unknown }> {
  const response = await fetch(`${url}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as { ok: boolean; value: unknown };
}

describe('npm run serve', () => {
  it('starts from its bundles, seeds a new workspace, prints exactly one line with the URL and answers as the sources do', async () => {
    const workspace = join(root(), 'fresh');
    const hostCache = join(root(), 'host-bundles');
    // --no-build: the test does not depend on a renderer build; the API is what is checked here.
    const child = spawn(process.execPath, ['scripts/serve.mjs', '--workspace', workspace, '--port', '0', '--no-build'], {
      cwd: repoRoot,
      env: { ...process.env, DEALMAP_HOST_CACHE: hostCache, DEALMAP_CACHE_DIR: join(root(), 'index') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await firstLine(child);
      const match = /^Dealmap is running at (http:\/\/127\.0\.0\.1:\d+\/) \(workspace: (.+)\)$/.exec(line);
      expect(match?.[2]).toBe(workspace);
      const url = match?.[1] ?? '';
      const listed = await call(url, 'listDeals', { asOf: AS_OF });
      expect(listed.ok).toBe(true);
      const deals = (listed.value as { deals: { id: string }[] }).deals;
      expect(deals[0]?.id).toBe('northwind-erp');
      expect((await readdir(join(workspace, 'deals'))).length).toBe(deals.length);
      // The same answers as the services built from the sources in this process.
      const sources = createDealmapServices({ workspace, cacheFolder: join(root(), 'sources-index') });
      expect(listed.value).toEqual(await sources.listDeals({ asOf: AS_OF }));
      expect(await call(url, 'getDeal', { id: 'northwind-erp' })).toEqual({ ok: true, value: await sources.getDeal({ id: 'northwind-erp' }) });
      const stamp = JSON.parse(await readFile(join(hostCache, 'bundles.json'), 'utf8')) as { folder: string; inputs: [string, string][] };
      expect(stamp.inputs.map(([path]) => path)).toEqual(expect.arrayContaining(['electron/host/serve-main.ts', 'scripts/serve.mjs', 'scripts/bundled-entry.mjs']));
      expect((await readdir(join(hostCache, stamp.folder))).filter((name) => name.endsWith('.cjs')).sort()).toEqual(['listing-worker.cjs', 'serve-main.cjs']);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 120_000);

  it('runs its bundled listing worker as threads that read and qualify each file as the sources do', async () => {
    const hostCache = join(root(), 'host-bundles');
    const stamp = JSON.parse(await readFile(join(hostCache, 'bundles.json'), 'utf8')) as { folder: string };
    const worker = pathToFileURL(join(hostCache, stamp.folder, 'listing-worker.cjs'));
    const options = { asOf: AS_OF, settings: defaultWorkspaceSettings() };
    const folder = join(root(), 'fresh', 'deals');
    const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
    const threads = startThreadPool<ListingRequest, readonly ThreadRead[]>(worker, options, 2);
    expect(threads).not.toBeNull();
    try {
      const half = Math.ceil(names.length / 2);
      const request = (files: readonly string[]): ListingRequest => ({ folder, files: files.map((name) => ({ name, reuse: null })) });
      const answered = (await Promise.all([threads?.run(request(names.slice(0, half))), threads?.run(request(names.slice(half)))])).flat();
      const expected = names.map((name) => {
        const read = readListedFile(folder, name);
        if (read.kind === 'refused') return read;
        const { text, ...keyed } = read;
        return { ...keyed, outcome: qualifyDealText(text, name, options) };
      });
      // Racy marks depend on when each thread looked: the reading and the outcome must match.
      const steady = (reads: readonly (ThreadRead | undefined)[]) => reads.map((read) => (read && 'racy' in read ? { ...read, racy: null } : read));
      expect(steady(answered)).toEqual(steady(expected));
      expect(answered.every((read) => read?.kind === 'read' && read.outcome !== 'same' && read.outcome !== null && 'summary' in read.outcome)).toBe(true);
    } finally {
      await threads?.stop();
    }
  }, 60_000);
});

describe('parseServeArgs', () => {
  it('reads --workspace relative to where the command was typed, --port and --allow-origin', () => {
    expect(parseServeArgs(['--workspace', 'ws', '--port', '0', '--allow-origin', 'http://127.0.0.1:5173'], {}, '/home/sara')).toEqual({
      ok: true,
      args: { workspace: resolve('/home/sara', 'ws'), port: 0, allowedOrigins: ['http://127.0.0.1:5173'], build: true },
    });
    expect(parseServeArgs(['--no-build'], { DEALMAP_WORKSPACE: '/data/deals' }, '/')).toMatchObject({
      ok: true,
      args: { workspace: '/data/deals', port: 5174, build: false },
    });
  });

  it('refuses unknown flags and bad ports', () => {
    expect(parseServeArgs(['--open'], {}, '/')).toMatchObject({ ok: false });
    expect(parseServeArgs(['--port', 'http'], {}, '/')).toMatchObject({ ok: false });
    expect(parseServeArgs(['--port', '70000'], {}, '/')).toMatchObject({ ok: false });
    expect(parseServeArgs(['--workspace'], {}, '/')).toMatchObject({ ok: false });
  });
});
