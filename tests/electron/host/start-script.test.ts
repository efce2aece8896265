// `npm start` without an Electron runtime: one line says so, then the browser host serves the app.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../../support/temp-workspace';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const root = useTempWorkspace('all');

/** Resolves with the first `count` stdout lines; the process keeps running. */
function firstLines(child: ReturnType<typeof spawn>, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      text += chunk;
      const lines = text.split('\n');
      if (lines.length > count) resolve(lines.slice(0, count));
    });
    child.on('exit', (code) => reject(new Error(`start exited early with ${String(code)}: ${text}`)));
  });
}

describe('scripts/start.mjs', () => {
  it('falls back to the browser host in one line when the Electron runtime is missing', async () => {
    const workspace = join(root(), 'start');
    const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0', '--no-build'], {
      cwd: repoRoot,
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', DEALMAP_WORKSPACE: workspace },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [notice, running] = await firstLines(child, 2);
      expect(notice).toBe('Electron runtime not installed (offline install); starting the browser host instead.');
      const url = /^Dealmap is running at (http:\/\/127\.0\.0\.1:\d+\/) \(workspace: (.+)\)$/.exec(running ?? '');
      expect(url?.[2]).toBe(workspace);
      const response = await fetch(`${url?.[1] ?? ''}api/listDeals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const result = (await response.json()) as { ok: boolean; value: { deals: unknown[] } };
      expect(result.ok).toBe(true);
      expect(result.value.deals.length).toBeGreaterThanOrEqual(6);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 60_000);
});
