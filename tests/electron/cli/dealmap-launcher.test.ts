// `npm run dealmap` (scripts/dealmap.mjs): the CLI from cached bundles answers byte for byte what the sources answer, its threads included, and is bundled again when a source changed.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { reportStep, type ReportJob, type ReportStep } from '../../../electron/cli/report-step';
import { POOL_MIN_DEALS } from '../../../electron/cli/report-pool';
import { generateDeals, writeGeneratedWorkspace } from '../../../electron/services/generate';
import { moduleFingerprint, startThreadPool } from '../../../electron/services/thread-pool';
import { defaultWorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { useTempWorkspace } from '../../support/temp-workspace';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const AS_OF = '2026-12-01';
const workspace = useTempWorkspace('all');
const caches = useTempWorkspace('all');

// Enough deals that the report runs on threads (report-pool.ts).
const DEALS = POOL_MIN_DEALS;

beforeAll(async () => {
  await writeGeneratedWorkspace(workspace(), generateDeals({ deals: DEALS, seed: 5, asOf: AS_OF }));
  await writeFile(join(workspace(), 'deals', 'broken.json'), '{ "schemaVersion": 1,');
}, 120_000);

function launch(args: readonly string[], cliCache: string, cacheDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/dealmap.mjs', ...args],
      { cwd: repoRoot, maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, DEALMAP_CLI_CACHE: cliCache, DEALMAP_CACHE_DIR: cacheDir } },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr }),
    );
  });
}

/** The same command run in this process from the sources: what the bundle must print. */
async function fromSources(args: readonly string[]): Promise<{ code: number; stdout: string }> {
  const out: string[] = [];
  const code = await runCli([...args], { stdout: { write: (text) => out.push(text) }, stderr: { write: () => undefined } }, AS_OF, repoRoot);
  return { code, stdout: out.join('') };
}

async function stampedFolder(cliCache: string): Promise<string> {
  const stamp = JSON.parse(await readFile(join(cliCache, 'bundles.json'), 'utf8')) as { folder: string; inputs: [string, string][] };
  expect(stamp.inputs.map(([path]) => path)).toEqual(expect.arrayContaining(['electron/cli/dealmap.ts', 'electron/cli/report-worker.ts', 'shared/engine/qualify-deal.ts', 'scripts/dealmap.mjs', 'scripts/bundled-entry.mjs']));
  return join(cliCache, stamp.folder);
}

describe('npm run dealmap', () => {
  it('bundles the CLI once and answers a cold and a warm threaded report exactly as the sources do', async () => {
    const cliCache = join(caches(), 'cli');
    const args = ['report', workspace(), '--json', '--as-of', AS_OF];
    const expected = await fromSources(args);
    expect(expected.code).toBe(1);
    expect((JSON.parse(expected.stdout) as { deals: unknown[] }).deals).toHaveLength(DEALS);
    const cold = await launch(args, cliCache, join(caches(), 'index'));
    expect(cold.code).toBe(1);
    expect(cold.stdout).toBe(expected.stdout);
    const folder = await stampedFolder(cliCache);
    expect((await readdir(folder)).filter((name) => name.endsWith('.cjs')).sort()).toEqual(['dealmap.cjs', 'listing-worker.cjs', 'report-worker.cjs']);
    // The warm report reads the index and the rows the cold one cached, from the same bundle.
    const warm = await launch(args, cliCache, join(caches(), 'index'));
    expect(warm.stdout).toBe(expected.stdout);
    expect(await stampedFolder(cliCache)).toBe(folder);
  }, 180_000);

  it('bundles again when a file the bundles were made of is no longer as stamped', async () => {
    const cliCache = join(caches(), 'stale');
    const args = ['report', workspace(), '--as-of', AS_OF, '--lang', 'sv'];
    const first = await launch(args, cliCache, join(caches(), 'stale-index'));
    const folder = await stampedFolder(cliCache);
    const stampFile = join(cliCache, 'bundles.json');
    const stamp = JSON.parse(await readFile(stampFile, 'utf8')) as { folder: string; inputs: [string, string][] };
    await writeFile(stampFile, JSON.stringify({ ...stamp, inputs: stamp.inputs.map(([path, known]) => [path, path === 'shared/engine/qualify-deal.ts' ? `${known}-edited` : known]) }));
    const second = await launch(args, cliCache, join(caches(), 'stale-index'));
    expect(await stampedFolder(cliCache)).not.toBe(folder);
    expect(second).toEqual(first);
    expect(second.stdout).toBe((await fromSources(args)).stdout);
    // A stamped folder removed by hand is bundled again rather than failing to load.
    const rebuilt = await stampedFolder(cliCache);
    await rm(rebuilt, { recursive: true });
    expect(await launch(args, cliCache, join(caches(), 'stale-index'))).toEqual(first);
    expect(await stampedFolder(cliCache)).not.toBe(rebuilt);
  }, 180_000);

  it('runs its bundled report worker as threads that report what this thread reports, keyed by the file’s own hash', async () => {
    const cliCache = join(caches(), 'cli');
    const worker = pathToFileURL(join(await stampedFolder(cliCache), 'report-worker.cjs'));
    const job: ReportJob = { folder: join(workspace(), 'deals'), asOf: AS_OF, settings: defaultWorkspaceSettings(), json: true };
    const ids = (await readdir(job.folder)).filter((name) => name.endsWith('.json')).slice(0, 40).map((name) => name.slice(0, -'.json'.length));
    const threads = startThreadPool<readonly string[], readonly ReportStep[]>(worker, job, 2);
    expect(threads).not.toBeNull();
    try {
      const answered = (await Promise.all([threads?.run(ids.slice(0, 20)), threads?.run(ids.slice(20))])).flat();
      expect(answered).toEqual(ids.map((id) => reportStep(job, id)));
    } finally {
      await threads?.stop();
    }
    expect(moduleFingerprint(worker)).toBe(createHash('sha1').update(await readFile(worker)).digest('hex'));
  }, 60_000);
});
