// The packaged desktop app through Playwright's Electron driver, where an Electron runtime exists.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-runtime.mjs';
import { API_FUNCTION_NAMES } from '../../shared/api/contract';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const binary = electronBinary();
if (!binary) {
  console.info(
    'electron-app: SKIPPED - no Electron runtime here (fetch it with `npx install-electron --no`); the Chromium journeys cover the UI.',
  );
}

describe('desktop app (Electron)', () => {
  it.skipIf(!binary)('opens the demo workspace with the first deal on the map', async () => {
    execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    const workspace = await mkdtemp(join(tmpdir(), 'dealmap-electron-'));
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [repoRoot],
      env: { ...process.env, DEALMAP_WORKSPACE: workspace },
    });
    try {
      const window = await app.firstWindow();
      // Served by the app:// protocol, never from file://.
      expect(window.url()).toBe('app://dealmap/index.html');
      await expect.poll(() => window.locator('[data-stakeholder-id]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const exposed = await window.evaluate(() => Object.keys((window as unknown as { dealmap: object }).dealmap).sort());
      expect(exposed).toEqual([...API_FUNCTION_NAMES].sort());
      const hasNode = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require);
      expect(hasNode).toBe('undefined');
    } finally {
      await app.close();
      await rm(workspace, { recursive: true, force: true });
    }
  });
});
