import { describe, expect, it } from 'vitest';
import { amountByCloseMonth, chartCurrencies, revenueAtRisk, riskByCurrency } from '../../../shared/pipeline';
import { buildRow, gap } from './row-builder';

const clear = [gap('no-benefits', 'warning')];

describe('riskByCurrency', () => {
  it('reads each currency against its own open amount, the largest share at risk first', () => {
    const rows = [
      // EUR: 860 of 2,100 open at risk (41%), one blocked deal.
      buildRow({ dealId: 'eur-blocked', amount: 860, currency: 'EUR' }),
      buildRow({ dealId: 'eur-clear', amount: 1_240, currency: 'EUR', gaps: clear }),
      // JPY: all of it (100%).
      buildRow({ dealId: 'jpy', amount: 18_000_000, currency: 'JPY' }),
      // SEK: 300 of 1,200 (25%), two blocked deals; a won deal is not open.
      buildRow({ dealId: 'sek-1', amount: 100, currency: 'SEK' }),
      buildRow({ dealId: 'sek-2', amount: 200, currency: 'SEK' }),
      buildRow({ dealId: 'sek-clear', amount: 900, currency: 'SEK', gaps: clear }),
      buildRow({ dealId: 'sek-won', amount: 5_000, currency: 'SEK', status: 'won' }),
      // No amount entered: no share to speak of, listed last.
      buildRow({ dealId: 'none', amount: null, currency: null }),
      // Nothing at risk in USD: not listed.
      buildRow({ dealId: 'usd', amount: 50, currency: 'USD', gaps: clear }),
    ];
    expect(riskByCurrency(revenueAtRisk(rows))).toEqual([
      { currency: 'JPY', atRisk: 18_000_000, open: 18_000_000, deals: 1, share: 1 },
      { currency: 'EUR', atRisk: 860, open: 2_100, deals: 1, share: 860 / 2_100 },
      { currency: 'SEK', atRisk: 300, open: 1_200, deals: 2, share: 0.25 },
      { currency: null, atRisk: 0, open: 0, deals: 1, share: null },
    ]);
  });

  it('breaks an equal share by most blocked deals, then by code', () => {
    const rows = [
      buildRow({ dealId: 'nok', amount: 10, currency: 'NOK' }),
      buildRow({ dealId: 'dkk', amount: 10, currency: 'DKK' }),
      buildRow({ dealId: 'gbp-1', amount: 10, currency: 'GBP' }),
      buildRow({ dealId: 'gbp-2', amount: 10, currency: 'GBP' }),
    ];
    expect(riskByCurrency(revenueAtRisk(rows)).map((line) => line.currency)).toEqual(['GBP', 'DKK', 'NOK']);
  });
});

describe('the close-month chart currency', () => {
  it('opens on the currency with most open deals, whatever the rows order', () => {
    const rows = [
      buildRow({ dealId: 'brl', currency: 'BRL' }),
      buildRow({ dealId: 'sek-1', currency: 'SEK' }),
      buildRow({ dealId: 'sek-2', currency: 'SEK' }),
      buildRow({ dealId: 'sek-won', currency: 'BRL', status: 'won' }),
    ];
    expect(chartCurrencies(rows)).toEqual(['SEK', 'BRL']);
    expect(chartCurrencies([...rows].reverse())).toEqual(['SEK', 'BRL']);
    expect(amountByCloseMonth(rows).currency).toBe('SEK');
  });

  it('breaks a tie by most deals on the chart (with a close date), then most blocked, then by code', () => {
    const rows = [
      // One open deal each: BRL's has no close date, so it would chart nothing.
      buildRow({ dealId: 'brl', currency: 'BRL', closeDate: null }),
      buildRow({ dealId: 'usd', currency: 'USD', gaps: clear }),
      buildRow({ dealId: 'eur', currency: 'EUR' }),
      buildRow({ dealId: 'gbp', currency: 'GBP' }),
      buildRow({ dealId: 'none', currency: null }),
    ];
    expect(chartCurrencies(rows)).toEqual(['EUR', 'GBP', null, 'USD', 'BRL']);
    expect(amountByCloseMonth(rows).currency).toBe('EUR');
  });
});
