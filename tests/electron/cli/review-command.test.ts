// `dealmap review` in-process on real temp folders: table, one JSON document, --since, exit statuses.
import { beforeEach, describe, expect, it } from 'vitest';
import { CLI_USAGE } from '../../../electron/cli/cli-usage';
import { runCli } from '../../../electron/cli/run-cli';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { buildDeal, buildHealthyDeal, stakeholder, withStakeholder } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const TODAY = '2026-12-01';
const workspace = useTempWorkspace();
const services = () => createDealmapServices({ workspace: workspace(), now: () => new Date('2026-11-27T09:00:00.000Z') });

function collector() {
  let text = '';
  return { write: (chunk: string) => (text += chunk), text: () => text };
}

async function run(argv: string[]) {
  const stdout = collector();
  const stderr = collector();
  const code = await runCli(argv, { stdout, stderr }, TODAY, workspace());
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A review on 2026-11-27, then Anders turns saboteur, Eva neutral, and the close date slips. */
async function reviewThenChange(): Promise<void> {
  await services().startReview({ asOf: '2026-11-27' });
  const deal = await services().getDeal({ id: 'northwind-erp' });
  await services().saveDeal({ deal: { ...withStakeholder(withStakeholder(deal, 'anders', { stance: 'saboteur' }), 'eva', { stance: 'neutral' }), closeDate: '2027-04-30' } });
}

beforeEach(async () => {
  await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
  await putDealFile(workspace(), 'steady.json', buildDeal({ id: 'steady', name: 'Steady deal' }));
});

describe('dealmap review', () => {
  it('says there is no review to compare with, prints the pipeline now, and exits 0', async () => {
    const result = await run(['review', '.']);
    expect(result).toEqual({
      code: 0,
      stdout:
        'No review to compare with in .: start one in Dealmap (Start review).\n' +
        'Pipeline as of 2026-12-01: 2 deals (1 lead, 1 qualified), 1 with blockers.\n',
      stderr: '',
    });
  });

  it('answers one JSON document with review null when there is no review yet', async () => {
    const result = await run(['review', '.', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ review: null, asOf: TODAY, summary: { changedCount: 0, unchangedCount: 2 }, deals: [], errors: [] });
  });

  it('prints the summary and each changed deal\'s changes as a table', async () => {
    await reviewThenChange();
    const result = await run(['review', '.', '--as-of', '2026-11-30']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 11)).toEqual([
      'Changes since review 2026-11-27 (qualified as of 2026-11-27), compared as of 2026-11-30: 1 of 2 deals changed.',
      '',
      'Since the review  Deals',
      'Advanced              0',
      // The saboteur's blocker keeps the deal from qualified: it fell back to prospect.
      'Fell back             1  ERP replacement',
      'Slipped               1  ERP replacement',
      'Gained blockers       1  ERP replacement',
      'Cleared blockers      0',
      'New                   0',
      'Removed               0',
      '',
    ]);
    expect(lines[11]).toMatch(/^Deal {13}Change$/);
    expect(lines.slice(12, 16)).toEqual([
      'ERP replacement  Stage fell back from qualified to prospect.',
      '                 Close date slipped from 2027-02-28 to 2027-04-30.',
      "                 Anders Holm's stance changed from supporter to saboteur.",
      "                 Eva Berg's stance changed from champion to neutral.",
    ]);
    expect(result.stdout).toContain('Gap opened (blocker, saboteur-unchecked): ');
    expect(result.stdout).not.toContain('Steady deal');
  });

  it('prints exactly one JSON document with --json, and exits 1 naming a file it could not read', async () => {
    await reviewThenChange();
    await putDealFile(workspace(), 'broken.json', buildDeal({ id: 'broken', stakeholders: [stakeholder({ id: 'x', influence: 6 })] }));
    const result = await run(['review', '.', '--json', '--as-of', '2026-11-30']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const document = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(['review', 'asOf', 'summary', 'deals', 'errors']);
    expect(document).toMatchObject({
      review: { id: '2026-11-27', asOf: '2026-11-27', dealCount: 2 },
      asOf: '2026-11-30',
      summary: { slipped: [{ dealId: 'northwind-erp', dealName: 'ERP replacement' }], changedCount: 1, unchangedCount: 1 },
      deals: [{ dealId: 'northwind-erp', presence: 'both', slipped: true, gainedBlockers: true }],
      errors: [{ file: 'deals/broken.json', message: 'deals/broken.json: stakeholders[0].influence: expected an integer from 1 to 5' }],
    });
  });

  it('lists the deals that cleared blockers, in the table and in the JSON document', async () => {
    await reviewThenChange();
    await services().startReview({ asOf: '2026-11-28' });
    const deal = await services().getDeal({ id: 'northwind-erp' });
    await services().saveDeal({ deal: withStakeholder(deal, 'anders', { stance: 'neutral' }) });
    const text = await run(['review', '.', '--as-of', '2026-11-30']);
    expect(text.stdout.split('\n')).toContain('Cleared blockers      1  ERP replacement');
    expect(text.stdout.split('\n')).toContain('Gained blockers       0');
    const document = JSON.parse((await run(['review', '.', '--json', '--as-of', '2026-11-30'])).stdout) as Record<string, unknown>;
    expect(document).toMatchObject({
      summary: { clearedBlockers: [{ dealId: 'northwind-erp', dealName: 'ERP replacement' }], gainedBlockers: [] },
      deals: [{ dealId: 'northwind-erp', clearedBlockers: true, gainedBlockers: false }],
    });
  });

  it('compares with the review --since names, and exits 2 when there is none on or before that date', async () => {
    await services().startReview({ asOf: '2026-11-20' });
    await reviewThenChange();
    const since = JSON.parse((await run(['review', '.', '--json', '--since', '2026-11-25'])).stdout) as { review: { id: string } };
    expect(since.review.id).toBe('2026-11-20');
    const none = await run(['review', '.', '--since', '2026-11-01']);
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'dealmap: No review on or before 2026-11-01.\n' });
  });

  it('takes --since <date> as the latest review of that day and <date>-1 as the first', async () => {
    await services().startReview({ asOf: '2026-11-27' });
    await reviewThenChange();
    const reviewId = async (since: string) => (JSON.parse((await run(['review', '.', '--json', '--since', since])).stdout) as { review: { id: string } }).review.id;
    expect(await reviewId('2026-11-27')).toBe('2026-11-27-2');
    expect(await reviewId('2026-11-27-1')).toBe('2026-11-27');
    expect(await reviewId('2026-11-27-2')).toBe('2026-11-27-2');
    const missing = await run(['review', '.', '--since', '2026-11-27-3']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'dealmap: No review "2026-11-27-3": reviews/2026-11-27-3.json does not exist.\n' });
    expect(CLI_USAGE).toContain('YYYY-MM-DD-1');
  });

  it('answers 2 for a --since that is neither a review id nor a date, and for a folder that is no workspace', async () => {
    const badSince = await run(['review', '.', '--since', 'last-week']);
    expect(badSince.code).toBe(2);
    expect(badSince.stderr).toContain('--since expects a date (YYYY-MM-DD) or a review id');
    const notWorkspace = await run(['review', 'deals']);
    expect(notWorkspace).toMatchObject({ code: 2, stderr: 'dealmap: deals is not a Dealmap workspace: it has no deals/ folder; pass the folder that contains deals/.\n' });
  });
});
