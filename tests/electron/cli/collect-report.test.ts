// The report's lens fields on real temp workspaces: lens choice, criteria, weakest link, actions, questions.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectReport, REPORTED_ACTIONS, type ReportedDeal } from '../../../electron/cli/collect-report';
import { LENSES } from '../../../shared/lenses';
import { buildDealWithSaboteur, buildHealthyDeal, TEST_AS_OF } from '../../support/deal-builder';
import { buildFullyQualifiedDeal } from '../../support/lens-builders';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace();

async function putSettings(settings: unknown): Promise<void> {
  await writeFile(join(workspace(), 'settings.json'), typeof settings === 'string' ? settings : JSON.stringify(settings));
}

function dealNamed(deals: readonly ReportedDeal[], id: string): ReportedDeal {
  const deal = deals.find((item) => item.id === id);
  if (deal === undefined) throw new Error(`no deal ${id} in the report`);
  return deal;
}

describe('collectReport: lenses', () => {
  it("reads each deal through its own lens, else the workspace's default lens", async () => {
    await putDealFile(workspace(), 'acme-erp.json', buildDealWithSaboteur({ lens: 'bant' }));
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    await putSettings({ defaultLens: 'meddpicc' });
    const report = await collectReport('.', workspace(), TEST_AS_OF);
    expect(report.errors).toEqual([]);
    expect(dealNamed(report.deals, 'acme-erp').lens).toBe('bant');
    const northwind = dealNamed(report.deals, 'northwind-erp');
    expect(northwind.lens).toBe('meddpicc');
    expect(northwind.criteria.map((criterion) => criterion.code)).toEqual(LENSES.meddpicc.criteria.map((criterion) => criterion.code));
    expect(northwind.weakestLink).toEqual({ code: 'metrics', label: 'Metrics' });
  });

  it('uses the qualified-prospect lens without a settings file, and for a deal file outside a workspace', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    const report = await collectReport(workspace(), '/', TEST_AS_OF);
    expect(report.deals[0]?.lens).toBe('qualified-prospect');
    await mkdir(join(workspace(), 'loose'));
    await writeFile(join(workspace(), 'loose', 'northwind-erp.json'), JSON.stringify(buildHealthyDeal()));
    await putSettings({ defaultLens: 'bant' });
    const loose = await collectReport(join('loose', 'northwind-erp.json'), workspace(), TEST_AS_OF);
    expect(loose.deals[0]?.lens).toBe('qualified-prospect');
    const inside = await collectReport(join('deals', 'northwind-erp.json'), workspace(), TEST_AS_OF);
    expect(inside.deals[0]?.lens).toBe('bant');
  });

  it('reports an unreadable settings file as an error and goes on with the defaults', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    await putSettings({ defaultLens: 'spin-selling' });
    const report = await collectReport('.', workspace(), TEST_AS_OF);
    expect(report.deals[0]?.lens).toBe('qualified-prospect');
    expect(report.errors).toEqual([
      { file: 'settings.json', message: expect.stringMatching(/^settings\.json: defaultLens: expected one of .*default settings\.$/) },
    ]);
  });

  it('applies the workspace thresholds to the gaps and the criteria', async () => {
    const deal = buildHealthyDeal({ lens: 'meddpicc', stakeholders: buildHealthyDeal().stakeholders.map((person) => ({ ...person, lastContact: '2026-09-01' })) });
    await putDealFile(workspace(), 'northwind-erp.json', deal);
    const strict = (await collectReport('.', workspace(), TEST_AS_OF)).deals[0];
    expect(strict?.gaps.map((gap) => gap.code)).toContain('stale-decision-maker');
    expect(strict?.criteria.find((criterion) => criterion.code === 'economic-buyer')?.status).toBe('identified');
    await putSettings({ staleContactDays: 120 });
    const lenient = (await collectReport('.', workspace(), TEST_AS_OF)).deals[0];
    expect(lenient?.gaps.map((gap) => gap.code)).not.toContain('stale-decision-maker');
    expect(lenient?.criteria.find((criterion) => criterion.code === 'economic-buyer')?.status).toBe('validated');
  });
});

describe('collectReport: criteria, actions and questions', () => {
  it('gives each criterion its code, label, status, evidence and next step', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildFullyQualifiedDeal({ lens: 'bant' }));
    const [deal] = (await collectReport('.', workspace(), TEST_AS_OF)).deals;
    expect(deal?.criteria[0]).toEqual({
      code: 'budget',
      label: 'Budget',
      status: 'validated',
      evidence: [
        {
          message: {
            id: 'lens-evidence.budget.confirmed-by',
            values: { person: 'Eva Berg (CFO)', budget: { id: 'lens-evidence.money', values: { amount: 500000, currency: 'SEK' } } },
            text: 'Eva Berg (CFO) confirmed a budget of 500,000 SEK.',
          },
          stakeholderIds: ['eva'],
        },
      ],
      nextStep: null,
    });
    expect(deal?.weakestLink).toBeNull();
  });

  it('renders the criteria in Swedish with the same keys and values, the amount grouped as Swedish groups it', async () => {
    const missingTimeframe = buildFullyQualifiedDeal({ lens: 'bant', timeframe: { event: '', date: null, confirmedBy: null } });
    await putDealFile(workspace(), 'northwind-erp.json', missingTimeframe);
    const [english] = (await collectReport('.', workspace(), TEST_AS_OF)).deals;
    const [swedish] = (await collectReport('.', workspace(), TEST_AS_OF, { language: 'sv' })).deals;
    const budget = swedish?.criteria[0];
    expect(budget?.label).toBe('Budget');
    expect(budget?.evidence[0]?.message.text).toBe('Eva Berg (CFO) har bekräftat en budget på 500\u00a0000\u00a0SEK.');
    expect(budget?.evidence[0]?.message.id).toBe(english?.criteria[0]?.evidence[0]?.message.id);
    expect(budget?.evidence[0]?.message.values).toEqual(english?.criteria[0]?.evidence[0]?.message.values);
    expect(swedish?.weakestLink).toEqual({ code: 'timeframe', label: 'Tidsram' });
    expect(swedish?.criteria.find((criterion) => criterion.code === 'timeframe')?.nextStep?.text).toBe(
      'Fråga Eva Berg när Northwind AB måste ha det här på plats, och vad som händer då.',
    );
  });

  it('ranks at most five actions with id, title, blockers cleared and score gain, best first', async () => {
    await putDealFile(workspace(), 'acme-erp.json', buildDealWithSaboteur());
    const [deal] = (await collectReport('.', workspace(), TEST_AS_OF)).deals;
    expect(deal?.actions.length).toBeGreaterThan(0);
    expect(deal?.actions.length).toBeLessThanOrEqual(REPORTED_ACTIONS);
    for (const action of deal?.actions ?? []) {
      expect(Object.keys(action)).toEqual(['id', 'title', 'blockersCleared', 'scoreGain']);
      expect(action.title.text.trim()).not.toBe('');
      expect(action.title.id).toMatch(/^actions\./);
    }
    expect(deal?.actions[0]?.blockersCleared).toBeGreaterThan(0);
  });

  it('gives every gap one or two coaching questions', async () => {
    await putDealFile(workspace(), 'acme-erp.json', buildDealWithSaboteur());
    const [deal] = (await collectReport('.', workspace(), TEST_AS_OF)).deals;
    expect(deal?.gaps.length).toBeGreaterThan(0);
    for (const gap of deal?.gaps ?? []) {
      expect(gap.questions.length).toBeGreaterThanOrEqual(1);
      expect(gap.questions.length).toBeLessThanOrEqual(2);
    }
    const saboteur = deal?.gaps.find((gap) => gap.code === 'saboteur-unchecked');
    expect(saboteur?.questions.map((question) => question.text).join(' ')).toMatch(/Anders Nyström|Eva Berg/);
  });

  it('is the same document on every run', async () => {
    await putDealFile(workspace(), 'acme-erp.json', buildDealWithSaboteur({ lens: 'meddpicc' }));
    await putDealFile(workspace(), 'northwind-erp.json', buildFullyQualifiedDeal());
    const first = JSON.stringify(await collectReport('.', workspace(), TEST_AS_OF));
    expect(JSON.stringify(await collectReport('.', workspace(), TEST_AS_OF))).toBe(first);
  });
});
