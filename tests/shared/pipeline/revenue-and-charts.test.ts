import { describe, expect, it } from 'vitest';
import { amountByCloseMonth, gapHeatmap, revenueAtRisk, stageFunnel } from '../../../shared/pipeline';
import { buildRow, gap, ids } from './row-builder';

describe('revenueAtRisk', () => {
  it('sums the open amount of blocked open deals per currency, most deals first', () => {
    const rows = [
      buildRow({ dealId: 'a', amount: 100, currency: 'SEK' }),
      buildRow({ dealId: 'b', amount: 50, currency: 'SEK' }),
      buildRow({ dealId: 'c', amount: 70, currency: 'EUR' }),
      buildRow({ dealId: 'd', amount: 1_000, currency: 'SEK', gaps: [gap('no-benefits', 'warning')] }),
      buildRow({ dealId: 'e', amount: 999, currency: 'SEK', status: 'won' }),
      buildRow({ dealId: 'f', amount: null, currency: null }),
    ];
    const { atRisk, open } = revenueAtRisk(rows);
    expect(atRisk).toEqual([
      { currency: 'SEK', amount: 150, deals: 2 },
      { currency: 'EUR', amount: 70, deals: 1 },
      { currency: null, amount: 0, deals: 1 },
    ]);
    expect(open).toEqual([
      { currency: 'SEK', amount: 1_150, deals: 3 },
      { currency: 'EUR', amount: 70, deals: 1 },
      { currency: null, amount: 0, deals: 1 },
    ]);
  });

  it('is empty when no open deal is blocked', () => {
    expect(revenueAtRisk([buildRow({ dealId: 'a', gaps: [] })]).atRisk).toEqual([]);
  });
});

describe('gapHeatmap', () => {
  const rows = [
    buildRow({ dealId: 'small', amount: 10, gaps: [gap('need-unconfirmed', 'blocker')] }),
    buildRow({ dealId: 'big', amount: 900, gaps: [gap('need-unconfirmed', 'blocker'), gap('no-benefits', 'warning')] }),
    buildRow({
      dealId: 'two-saboteurs',
      amount: 5,
      gaps: [gap('saboteur-unchecked', 'blocker', 'sab-1'), gap('saboteur-unchecked', 'blocker', 'sab-2'), gap('need-unconfirmed', 'blocker')],
    }),
    buildRow({ dealId: 'won', status: 'won', amount: 5_000, gaps: [gap('referral-not-asked', 'info')] }),
    buildRow({ dealId: 'clean', gaps: [] }),
  ];

  it('has a column per code present, blockers first, and rows ranked by risk', () => {
    const heatmap = gapHeatmap(rows);
    expect(heatmap.codes).toEqual(['need-unconfirmed', 'saboteur-unchecked', 'no-benefits', 'referral-not-asked']);
    expect(heatmap.codeTotals).toEqual([3, 1, 1, 1]);
    expect(heatmap.dealsWithGaps).toBe(4);
    // Most blockers first, then most warnings; closed deals after open ones.
    expect(ids(heatmap.rows)).toEqual(['two-saboteurs', 'big', 'small', 'won']);
  });

  it('resolves each cell to one deal, its gap code and how many gaps of that code it has', () => {
    const heatmap = gapHeatmap(rows);
    const saboteurs = heatmap.rows[0]?.cells[1];
    expect(saboteurs).toEqual({ dealId: 'two-saboteurs', code: 'saboteur-unchecked', severity: 'blocker', count: 2 });
    expect(heatmap.rows[1]?.cells.map((cell) => cell?.code ?? null)).toEqual(['need-unconfirmed', null, 'no-benefits', null]);
  });

  it('never ranks by amount, which is not comparable across currencies: warnings, then lowest score, then name', () => {
    const blocker = gap('need-unconfirmed', 'blocker');
    const ranked = gapHeatmap([
      buildRow({ dealId: 'kronor', amount: 840_000, currency: 'SEK', score: 30, gaps: [blocker] }),
      buildRow({ dealId: 'euros', amount: 72_000, currency: 'EUR', score: 30, gaps: [blocker, gap('no-benefits', 'warning')] }),
      buildRow({ dealId: 'yen', amount: 9_000_000, currency: 'JPY', score: 10, gaps: [blocker] }),
      buildRow({ dealId: 'alpha', amount: 1, currency: 'USD', score: 30, gaps: [blocker] }),
      buildRow({ dealId: 'zloty', amount: 5_000_000, currency: 'PLN', score: 30, gaps: [blocker, blocker] }),
    ]);
    expect(ids(ranked.rows)).toEqual(['zloty', 'euros', 'yen', 'alpha', 'kronor']);
  });

  it('shows only the deals most at risk, the totals still over all of them', () => {
    const heatmap = gapHeatmap(rows, { limit: 2 });
    expect(ids(heatmap.rows)).toEqual(['two-saboteurs', 'big']);
    expect(heatmap.codeTotals).toEqual([3, 1, 1, 1]);
  });
});

describe('stageFunnel', () => {
  it('counts deals and sums amounts per currency at every stage, in stage order', () => {
    const funnel = stageFunnel([
      buildRow({ dealId: 'a', stage: 'prospect', amount: 100, currency: 'SEK' }),
      buildRow({ dealId: 'b', stage: 'prospect', amount: 20, currency: 'EUR' }),
      buildRow({ dealId: 'c', stage: 'prospect', amount: 50, currency: 'SEK' }),
      buildRow({ dealId: 'd', stage: 'customer', amount: 10, currency: 'SEK', status: 'won' }),
    ]);
    expect(funnel.map((stage) => [stage.stage, stage.deals])).toEqual([
      ['lead', 0],
      ['prospect', 3],
      ['qualified', 0],
      ['customer', 1],
      ['lost', 0],
    ]);
    expect(funnel[1]?.amounts).toEqual([
      { currency: 'SEK', amount: 150, deals: 2 },
      { currency: 'EUR', amount: 20, deals: 1 },
    ]);
    expect(funnel[0]?.amounts).toEqual([]);
  });
});

describe('amountByCloseMonth', () => {
  const rows = [
    buildRow({ dealId: 'a', closeDate: '2027-01-05', amount: 100 }),
    buildRow({ dealId: 'b', closeDate: '2027-01-25', amount: 40, gaps: [] }),
    buildRow({ dealId: 'c', closeDate: '2027-04-02', amount: 60, gaps: [gap('no-benefits', 'warning')] }),
    buildRow({ dealId: 'd', closeDate: null, amount: 10 }),
    buildRow({ dealId: 'e', closeDate: '2027-02-01', amount: 5, status: 'won' }),
    buildRow({ dealId: 'f', closeDate: '2027-09-01', amount: 70, currency: 'EUR' }),
  ];

  it('charts the currency with most open deals, each month from first to last, blocked apart', () => {
    const series = amountByCloseMonth(rows);
    expect(series.currency).toBe('SEK');
    expect(series.currencies).toEqual(['SEK', 'EUR']);
    expect(series.undatedDeals).toBe(1);
    expect(series.months).toEqual([
      { month: '2027-01', blocked: 100, notBlocked: 40, blockedDeals: 1, notBlockedDeals: 1 },
      { month: '2027-02', blocked: 0, notBlocked: 0, blockedDeals: 0, notBlockedDeals: 0 },
      { month: '2027-03', blocked: 0, notBlocked: 0, blockedDeals: 0, notBlockedDeals: 0 },
      { month: '2027-04', blocked: 0, notBlocked: 60, blockedDeals: 0, notBlockedDeals: 1 },
    ]);
  });

  it('charts another currency when asked, and crosses a year end', () => {
    const eur = amountByCloseMonth(rows, 'EUR');
    expect(eur.months).toEqual([{ month: '2027-09', blocked: 70, notBlocked: 0, blockedDeals: 1, notBlockedDeals: 0 }]);
    const span = amountByCloseMonth([
      buildRow({ dealId: 'x', closeDate: '2026-11-30' }),
      buildRow({ dealId: 'y', closeDate: '2027-02-01' }),
    ]);
    expect(span.months.map((m) => m.month)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('is empty without open deals', () => {
    expect(amountByCloseMonth([])).toEqual({ currency: null, currencies: [], months: [], undatedDeals: 0 });
  });
});
