// The command line in-process on real temp folders: table, JSON shape, exit statuses, --as-of.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { buildDeal, buildHealthyDeal, decisionMaker, stakeholder } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const TODAY = '2026-12-01';
const workspace = useTempWorkspace();

function collector() {
  let text = '';
  return { write: (chunk: string) => (text += chunk), text: () => text };
}

async function run(argv: string[], cwd = workspace()) {
  const stdout = collector();
  const stderr = collector();
  const code = await runCli(argv, { stdout, stderr }, TODAY, cwd);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A qualified deal whose only decision-maker was last contacted on 2026-11-10. */
const goodDeal = buildHealthyDeal({
  stakeholders: [
    decisionMaker({ id: 'eva', name: 'Eva Berg', stance: 'champion', interest: 'committed', lastContact: '2026-11-10' }),
    stakeholder({
      id: 'karin',
      name: 'Karin Holm',
      role: 'influencer',
      stance: 'supporter',
      interest: 'discussing-benefits',
      lastContact: '2026-11-10',
    }),
  ],
  relations: [],
});

beforeEach(async () => {
  await putDealFile(workspace(), 'northwind-erp.json', goodDeal);
  await putDealFile(workspace(), 'broken.json', buildDeal({ id: 'broken', stakeholders: [stakeholder({ id: 'x', influence: 6 })] }));
});

describe('dealmap report', () => {
  it('prints one JSON document with the documented shape and exits 1 when a file failed', async () => {
    const result = await run(['report', '.', '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const document: unknown = JSON.parse(result.stdout);
    expect(document).toEqual({
      deals: [
        {
          id: 'northwind-erp',
          name: 'ERP replacement',
          // No forecast call in the file (issue 15 added the field).
          forecastCategory: null,
          stage: 'qualified',
          score: expect.any(Number),
          gaps: [],
          lens: 'qualified-prospect',
          criteria: expect.any(Array),
          // Referrals wait for the close on an open deal: no weakest link left to raise.
          weakestLink: null,
          actions: expect.any(Array),
          placeholders: 0,
          toBeConfirmed: [],
        },
      ],
      topActions: expect.any(Array),
      errors: [
        {
          file: 'deals/broken.json',
          message: 'deals/broken.json: stakeholders[0].influence: expected an integer from 1 to 5',
        },
      ],
    });
  });

  it('exits 0 when every file reads, and --as-of moves the review date', async () => {
    await rm(join(workspace(), 'deals', 'broken.json'));
    const fresh = await run(['report', workspace(), '--json', '--as-of', '2026-11-20']);
    expect(fresh.code).toBe(0);
    const late = await run(['report', workspace(), '--json', '--as-of=2027-01-15']);
    const codes = (stdout: string) =>
      (JSON.parse(stdout) as { deals: { gaps: { code: string; stakeholderIds: string[] }[] }[] }).deals[0]?.gaps;
    expect(codes(fresh.stdout)?.map((gap) => gap.code)).not.toContain('stale-decision-maker');
    expect(codes(late.stdout)).toContainEqual(
      expect.objectContaining({ code: 'stale-decision-maker', severity: 'warning', stakeholderIds: ['eva'] }),
    );
  });

  it('defaults --as-of to the given today', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', { ...goodDeal, stakeholders: goodDeal.stakeholders.map((s) => ({ ...s, lastContact: '2026-09-01' })) });
    const result = await run(['report', '.', '--json']);
    expect(result.stdout).toContain('"stale-decision-maker"');
  });

  it('prints an aligned table on stdout and the unreadable files on stderr', async () => {
    await putDealFile(workspace(), 'sakura.json', buildHealthyDeal({ id: 'sakura', name: 'Store analytics pilot', need: { confirmed: false, summary: '' } }));
    const result = await run(['report', workspace()]);
    expect(result.code).toBe(1);
    // The ledger comes first; each deal's lens scorecard follows it after a blank line.
    const lines = result.stdout.split('\n\n')[0]?.split('\n') ?? [];
    expect(lines[0]).toMatch(/^Deal\s+Stage\s+Score\s+Blockers\s+Warnings$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^ERP replacement\s+qualified\s+\d+\s+0\s+0$/);
    expect(lines[2]).toMatch(/^Store analytics pilot\s+\S+\s+\d+\s+[1-9]\d*\s+\d+$/);
    for (const line of lines) expect(line.length).toBe(lines[0]?.length);
    expect(result.stderr).toBe('error: deals/broken.json: stakeholders[0].influence: expected an integer from 1 to 5\n');
  });

  it('reports a single deal file, naming it as typed', async () => {
    const one = await run(['report', 'deals/northwind-erp.json', '--json']);
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { deals: unknown[] }).deals).toHaveLength(1);
    const bad = await run(['report', join('deals', 'broken.json'), '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toEqual({
      deals: [],
      topActions: [],
      errors: [{ file: join('deals', 'broken.json'), message: expect.stringContaining('stakeholders[0].influence') }],
    });
  });

  it.each([
    [['frobnicate', '.'], /Unknown command "frobnicate"/],
    [['report'], /Missing the workspace folder or deal file/],
    [['report', '.', '--as-of', '2026-02-30'], /--as-of expects a real date as YYYY-MM-DD, got "2026-02-30"/],
    [['report', '.', '--as-of'], /--as-of needs a date/],
    [['report', '.', '--verbose'], /Unknown option "--verbose"/],
    [['report', 'no-such-folder'], /No such file or folder: no-such-folder/],
    [['report', 'deals'], /not a Dealmap workspace: it has no deals\/ folder; pass the folder that contains deals\//],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('prints usage for --help and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run dealmap -- report');
  });
});
