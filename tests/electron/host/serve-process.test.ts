// `npm run serve` as a process on a fresh folder: seeds the demo, prints one line, serves the API.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../../electron/host/serve-args';
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

describe('npm run serve', () => {
  it('seeds a new workspace, prints exactly one line with the URL and serves the demo', async () => {
    const workspace = join(root(), 'fresh');
    // --no-build: the test does not depend on a renderer build; the API is what is checked here.
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/serve.ts', '--workspace', workspace, '--port', '0', '--no-build'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await firstLine(child);
      const match = /^Dealmap is running at (http:\/\/127\.0\.0\.1:\d+\/) \(workspace: (.+)\)$/.exec(line);
      expect(match?.[2]).toBe(workspace);
      const response = await fetch(`${match?.[1] ?? ''}api/listDeals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const result = (await response.json()) as { ok: boolean; value: { deals: { id: string }[] } };
      expect(result.ok).toBe(true);
      expect(result.value.deals[0]?.id).toBe('northwind-erp');
      expect((await readdir(join(workspace, 'deals'))).length).toBe(result.value.deals.length);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
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
