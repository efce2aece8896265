// The real command line as a process: `npm run dealmap -- report <dir> --json` (scripts/dealmap.mjs).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHealthyDeal } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const workspace = useTempWorkspace('all');
const cliCache = useTempWorkspace('all');

beforeAll(async () => {
  await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
  await putDealFile(workspace(), 'broken.json', '{ "schemaVersion": 1,');
});

function runDealmap(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/dealmap.mjs', ...args],
      { cwd: repoRoot, env: { ...process.env, DEALMAP_CLI_CACHE: cliCache() } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('dealmap as a process', () => {
  it('prints exactly one JSON document on stdout and exits 1 for the broken file', async () => {
    const result = await runDealmap(['report', workspace(), '--json', '--as-of', '2026-12-01']);
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout) as { deals: { id: string }[]; errors: { file: string; message: string }[] };
    expect(document.deals.map((deal) => deal.id)).toEqual(['northwind-erp']);
    expect(document.errors).toEqual([
      { file: 'deals/broken.json', message: expect.stringMatching(/^deals\/broken\.json: not valid JSON: /) },
    ]);
  }, 60_000);
});
