// The CLI's next best actions and review change lines follow --lang; --json keeps each as {id, values, text}.
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { buildDealWithSaboteur, buildHealthyDeal, withStakeholder } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const TODAY = '2026-12-01';
const workspace = useTempWorkspace();
const services = () => createDealmapServices({ workspace: workspace(), now: () => new Date('2026-11-27T09:00:00.000Z') });

async function run(argv: string[]) {
  let stdout = '';
  const code = await runCli(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => undefined }, env: {} }, TODAY, workspace());
  return { code, stdout };
}

interface Rendered {
  readonly id: string;
  readonly values: Record<string, unknown>;
  readonly text: string;
}

beforeEach(async () => {
  await putDealFile(workspace(), 'acme-erp.json', buildDealWithSaboteur());
  await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
});

describe('next best actions on the command line', () => {
  it('lists each deal\'s actions and the top actions across the workspace in Swedish with --lang sv', async () => {
    const { code, stdout } = await run(['report', '.', '--lang', 'sv']);
    expect(code).toBe(0);
    expect(stdout).toContain('Få Anders Nyström (IT Manager) att sluta motarbeta affären');
    expect(stdout).not.toContain('Win over');
    const english = (await run(['report', '.', '--lang', 'en'])).stdout;
    expect(english).toContain('Win over Anders Nyström (IT Manager)');
  });

  it('gives the same keys and values in both languages in --json, the text in the language asked for', async () => {
    type Report = { deals: { actions: { title: Rendered }[] }[]; topActions: { title: Rendered }[] };
    const en = JSON.parse((await run(['report', '.', '--json', '--lang', 'en'])).stdout) as Report;
    const sv = JSON.parse((await run(['report', '.', '--json', '--lang', 'sv'])).stdout) as Report;
    const titles = (report: Report) => [...report.deals.flatMap((deal) => deal.actions), ...report.topActions].map((action) => action.title);
    expect(titles(en).length).toBeGreaterThan(2);
    expect(titles(sv).map(({ id, values }) => ({ id, values }))).toEqual(titles(en).map(({ id, values }) => ({ id, values })));
    expect(titles(en)[0]).toEqual({ id: expect.stringMatching(/^actions\./), values: expect.any(Object), text: expect.any(String) });
    expect(titles(sv).map((title) => title.text)).not.toEqual(titles(en).map((title) => title.text));
  });
});

describe('review change lines on the command line', () => {
  async function reviewThenChange(): Promise<void> {
    await services().startReview({ asOf: '2026-11-27' });
    const deal = await services().getDeal({ id: 'northwind-erp' });
    await services().saveDeal({ deal: { ...withStakeholder(deal, 'anders', { stance: 'saboteur' }), closeDate: '2027-04-30' } });
  }

  it('says what changed in Swedish with --lang sv', async () => {
    await reviewThenChange();
    const { code, stdout } = await run(['review', '.', '--as-of', '2026-11-30', '--lang', 'sv']);
    expect(code).toBe(0);
    expect(stdout).toContain('Hållningen hos Anders Holm ändrades från förespråkare till sabotör.');
    expect(stdout).toContain('Avslutsdatumet gled från 2027-02-28 till 2027-04-30.');
    expect(stdout).not.toContain('stance changed');
  });

  it('prints each change\'s line as {id, values, text} in --json, the same keys in both languages', async () => {
    await reviewThenChange();
    type Document = { deals: { changes: { kind: string; line: Rendered }[] }[] };
    const read = async (lang: string) => JSON.parse((await run(['review', '.', '--json', '--as-of', '2026-11-30', '--lang', lang])).stdout) as Document;
    const [en, sv] = [await read('en'), await read('sv')];
    const lines = (document: Document) => document.deals.flatMap((deal) => deal.changes.map((change) => change.line));
    expect(lines(en)).toContainEqual({ id: 'changes.close-date-slipped', values: { from: '2027-02-28', to: '2027-04-30' }, text: 'Close date slipped from 2027-02-28 to 2027-04-30.' });
    expect(lines(sv).map(({ id, values }) => ({ id, values }))).toEqual(lines(en).map(({ id, values }) => ({ id, values })));
    expect(lines(sv)).toContainEqual({ id: 'changes.close-date-slipped', values: { from: '2027-02-28', to: '2027-04-30' }, text: 'Avslutsdatumet gled från 2027-02-28 till 2027-04-30.' });
  });
});
