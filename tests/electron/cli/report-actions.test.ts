// The report's actions: the side panel's ranking deal for deal, and the heaviest actions across the workspace.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectReport, TOP_ACTIONS, type DealReport } from '../../../electron/cli/collect-report';
import { formatReportTable } from '../../../electron/cli/format-report-table';
import { reportDeal } from '../../../electron/cli/report-deal';
import { generateDeals } from '../../../electron/services/generate';
import { topNextActions } from '../../../renderer/state/what-if-ranking';
import { amountFactor } from '../../../shared/actions';
import { dealmapIntl, renderedMessage } from '../../../shared/i18n';
import type { Deal } from '../../../shared/model/deal-schema';
import { defaultWorkspaceSettings, type WorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { buildDealWithSaboteur, buildHealthyDeal, TEST_AS_OF } from '../../support/deal-builder';
import { buildFullyQualifiedDeal } from '../../support/lens-builders';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace();

function panelActions(deal: Deal, asOf: string, settings: WorkspaceSettings) {
  // The panel renders each title in English; the report gives its key and values with that text beside them.
  const intl = dealmapIntl('en');
  return topNextActions(deal, asOf, settings).map(({ id, title, blockersCleared, scoreGain }) => ({ id, title: renderedMessage(intl, title), blockersCleared, scoreGain }));
}

async function putDeals(deals: readonly Deal[]): Promise<void> {
  for (const deal of deals) await putDealFile(workspace(), `${deal.id}.json`, deal);
}

describe('the side panel and dealmap report rank alike', () => {
  it('gives the same top five on generated deals, in every lens', () => {
    const asOf = '2026-11-27';
    const deals = generateDeals({ deals: 30, seed: 2026, asOf }).filter((deal) => deal.status === 'open');
    expect(deals.length).toBeGreaterThan(10);
    for (const defaultLens of ['qualified-prospect', 'bant', 'meddpicc'] as const) {
      const settings = { ...defaultWorkspaceSettings(), defaultLens };
      for (const deal of deals) expect(reportDeal(deal, asOf, settings).reported.actions).toEqual(panelActions(deal, asOf, settings));
    }
  });

  it("gives the same top five for a workspace's deals read from disk with its settings", async () => {
    const deals = [buildDealWithSaboteur({ lens: 'bant' }), buildHealthyDeal(), buildFullyQualifiedDeal({ id: 'globex-crm', metrics: [] })];
    await putDeals(deals);
    await writeFile(join(workspace(), 'settings.json'), JSON.stringify({ defaultLens: 'meddpicc', actionWeights: { blocker: 5, score: 2 } }));
    const report = await collectReport('.', workspace(), TEST_AS_OF);
    const settings = { ...defaultWorkspaceSettings(), defaultLens: 'meddpicc' as const, actionWeights: { blocker: 5, score: 2 } };
    for (const deal of deals) {
      const reported = report.deals.find((item) => item.id === deal.id);
      expect(reported?.actions).toEqual(panelActions(deal, TEST_AS_OF, settings));
    }
    expect(report.deals.find((item) => item.id === 'globex-crm')?.actions.map((action) => action.title.text)).toEqual([
      'Agree with Eva Berg (CFO) on a number the purchase will move',
    ]);
  });
});

describe('top actions across the workspace', () => {
  async function twoAmounts(): Promise<DealReport> {
    await putDeals([
      buildDealWithSaboteur({ id: 'acme-small', amount: 1_000 }),
      buildDealWithSaboteur({ id: 'acme-large', amount: 1_000_000 }),
      buildHealthyDeal({ id: 'won-deal', status: 'won' }),
    ]);
    return collectReport('.', workspace(), TEST_AS_OF);
  }

  it('lists the heaviest actions of all open deals by weight, the bigger deal first', async () => {
    const report = await twoAmounts();
    expect(report.topActions).toHaveLength(10);
    expect(report.topActions.slice(0, 2).map((action) => [action.dealId, action.id])).toEqual([
      ['acme-large', 'raise-referrals:eva'],
      ['acme-small', 'raise-referrals:eva'],
    ]);
    // Eva turning supporter clears a blocker (10) and scores +30 (saboteur checked by her own reach, an
    // ally reaching her, the lens's Saboteurs and Referrals), and raises Saboteurs two steps and Referrals one (+3).
    expect(report.topActions[0]?.weight).toBeCloseTo(43 * amountFactor(1_000_000));
    expect(report.topActions[1]?.weight).toBeCloseTo(43 * amountFactor(1_000));
    expect(report.topActions.map((action) => action.dealId)).not.toContain('won-deal');
    for (const action of report.topActions) expect(Object.keys(action)).toEqual(['dealId', 'id', 'title', 'blockersCleared', 'scoreGain', 'weight']);
    const weights = report.topActions.map((action) => action.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it(`keeps at most ${TOP_ACTIONS}, and is the same document on every run`, async () => {
    await putDeals(['a', 'b', 'c', 'd'].map((suffix) => buildDealWithSaboteur({ id: `acme-${suffix}`, lens: 'meddpicc' })));
    const first = await collectReport('.', workspace(), TEST_AS_OF);
    expect(first.topActions).toHaveLength(TOP_ACTIONS);
    // Equal weights: deal id, then action id.
    expect(first.topActions.slice(0, 4).map((action) => action.dealId)).toEqual(['acme-a', 'acme-b', 'acme-c', 'acme-d']);
    expect(JSON.stringify(await collectReport('.', workspace(), TEST_AS_OF))).toBe(JSON.stringify(first));
  });

  it('prints them as a table after the deals, before the legend', async () => {
    const text = formatReportTable(await twoAmounts());
    const section = text.split('\n\n').find((block) => block.startsWith('Top actions across the workspace'));
    const lines = section?.split('\n') ?? [];
    expect(lines[1]).toMatch(/^Deal\s+Action\s+Blockers\s+Score\s+Weight$/);
    expect(lines[2]).toMatch(/^acme-large\s+Win Eva Berg \(CFO\) over as a supporter, someone to ask for referrals once won\s+1\s+\+30\s+86\.0$/);
    expect(lines).toHaveLength(2 + 10);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^Qualified prospect: /);
  });

  it('leaves the section out of a report on one deal', async () => {
    await putDeals([buildDealWithSaboteur()]);
    const report = await collectReport(join('deals', 'acme-erp.json'), workspace(), TEST_AS_OF);
    expect(report.topActions.length).toBeGreaterThan(0);
    expect(formatReportTable(report)).not.toContain('Top actions across the workspace');
  });
});
