import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../../shared/engine';
import type { Deal } from '../../../shared/model/deal-schema';
import { closeQuarterOf, pipelineRow, pipelineRows } from '../../../shared/pipeline';
import { buildDeal, buildDealWithSaboteur, buildHealthyDeal, TEST_AS_OF } from '../../support/deal-builder';

const qualify = (deal: Deal) => qualifyDeal(deal, { asOf: TEST_AS_OF });

describe('pipelineRow', () => {
  it('puts the deal and its qualification side by side', () => {
    const deal = buildDealWithSaboteur({ owner: 'Sara Lind', amount: 480_000, currency: 'SEK', closeDate: '2027-02-28' });
    const qualification = qualify(deal);
    const row = pipelineRow(deal, qualification);
    expect(row).toMatchObject({
      dealId: 'acme-erp',
      owner: 'Sara Lind',
      account: 'Acme AB',
      deal: 'ERP replacement',
      amount: 480_000,
      currency: 'SEK',
      closeDate: '2027-02-28',
      closeQuarter: '2027-Q1',
      status: 'open',
      stage: qualification.stage,
      score: qualification.score,
    });
    expect(row.blockers).toBe(qualification.gaps.filter((g) => g.severity === 'blocker').length);
    expect(row.warnings).toBe(qualification.gaps.filter((g) => g.severity === 'warning').length);
    expect(row.blockers).toBeGreaterThan(0);
    const first = qualification.gaps[0];
    expect(row.topGap).toEqual({ code: first?.code, severity: 'blocker' });
    expect(row.gapCodes).toEqual([...new Set(qualification.gaps.map((g) => g.code))]);
    expect(row.gapCounts).toEqual(row.gapCodes.map((code) => [code, qualification.gaps.filter((g) => g.code === code).length]));
  });

  it('has no top gap when nothing blocks the deal, and nulls for what the deal leaves out', () => {
    const deal = buildHealthyDeal({ owner: '  ', amount: undefined, currency: undefined, closeDate: null });
    const row = pipelineRow(deal, qualify(deal));
    expect(row.topGap).toBeNull();
    expect(row.gapCodes).toEqual([]);
    expect(row).toMatchObject({ owner: null, amount: null, currency: null, closeDate: null, closeQuarter: null });
  });

  it('qualifies each deal once through the given function, in the deals order', () => {
    const deals = [buildDeal({ id: 'b', name: 'B' }), buildDeal({ id: 'a', name: 'A' })];
    const seen: string[] = [];
    const rows = pipelineRows(deals, (deal) => {
      seen.push(deal.id);
      return qualify(deal);
    });
    expect(seen).toEqual(['b', 'a']);
    expect(rows.map((row) => row.dealId)).toEqual(['b', 'a']);
  });
});

describe('closeQuarterOf', () => {
  it.each([
    ['2027-01-01', '2027-Q1'],
    ['2027-03-31', '2027-Q1'],
    ['2027-04-01', '2027-Q2'],
    ['2027-09-30', '2027-Q3'],
    ['2027-12-31', '2027-Q4'],
  ])('%s is in %s', (date, quarter) => {
    expect(closeQuarterOf(date)).toBe(quarter);
  });

  it('is null without a close date', () => {
    expect(closeQuarterOf(null)).toBeNull();
    expect(closeQuarterOf(undefined)).toBeNull();
  });
});
