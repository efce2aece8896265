// One currency to talk in: conversion at dated rates; a currency without a rate is named, never counted 1:1.
import { describe, expect, it } from 'vitest';
import { convertAmount, convertTotal, missingRatesText } from '../../../shared/pipeline/reporting-currency';
import { sumByCurrency } from '../../../shared/pipeline/currency-amounts';
import { pipelineForecast, overdueByOwner } from '../../../shared/pipeline/forecast';
import { validateWorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { buildRow, gap } from './row-builder';

const settings = { reportingCurrency: 'EUR', exchangeRates: { date: '2026-11-26', rates: { SEK: 0.087, USD: 0.91 } } };

describe('the reporting currency', () => {
  it('converts at the rate, the reporting currency at 1, and nothing without a rate or a reporting currency', () => {
    expect(convertAmount(settings, 100_000, 'SEK')).toBeCloseTo(8_700);
    expect(convertAmount(settings, 5_000, 'EUR')).toBe(5_000);
    expect(convertAmount(settings, 5_000, 'JPY')).toBeNull();
    expect(convertAmount(settings, 5_000, null)).toBeNull();
    expect(convertAmount({}, 5_000, 'EUR')).toBeNull();
  });

  it('totals what has a rate with the rates’ date, and names what has none instead of counting it 1:1', () => {
    const rows = [
      buildRow({ dealId: 'a', amount: 1_000_000, currency: 'SEK' }),
      buildRow({ dealId: 'b', amount: 20_000, currency: 'EUR' }),
      buildRow({ dealId: 'c', amount: 3_000_000, currency: 'JPY' }),
      buildRow({ dealId: 'd', amount: 7, currency: null }),
    ];
    const total = convertTotal(settings, sumByCurrency(rows));
    expect(total).toEqual({
      currency: 'EUR',
      amount: 107_000,
      ratesDate: '2026-11-26',
      deals: 2,
      missing: [
        { currency: 'JPY', amount: 3_000_000, deals: 1 },
        { currency: null, amount: 7, deals: 1 },
      ],
    });
    expect(total === null ? '' : missingRatesText(total)).toBe('Not in the total, no rate to EUR: 1 deal in JPY, 1 deal in no currency.');
    expect(convertTotal({}, sumByCurrency(rows))).toBeNull();
    // Only the reporting currency itself: no rate was used, so no date is claimed.
    expect(convertTotal(settings, sumByCurrency(rows.filter((row) => row.currency === 'EUR')))?.ratesDate).toBeNull();
  });

  it('is checked in the settings file: a three-letter code, a real date, rates above 0', () => {
    expect(validateWorkspaceSettings({ reportingCurrency: 'EUR', exchangeRates: settings.exchangeRates }).ok).toBe(true);
    const bad = validateWorkspaceSettings({ reportingCurrency: 'euro', exchangeRates: { date: '2026-13-01', rates: { SEK: 0 } } });
    expect(bad.ok ? [] : bad.issues.map((issue) => issue.path).sort()).toEqual(['exchangeRates.date', 'exchangeRates.rates.SEK', 'reportingCurrency']);
  });
});

describe('the forecast and overdue deals', () => {
  it('sums open deals per category, converted, with the engine’s challenges beside commit', () => {
    const rows = [
      buildRow({ dealId: 'c1', forecastCategory: 'commit', amount: 100, currency: 'EUR', gaps: [gap('commit-at-risk', 'blocker'), gap('need-unconfirmed', 'blocker')] }),
      buildRow({ dealId: 'c2', forecastCategory: 'commit', amount: 1_000, currency: 'SEK', gaps: [] }),
      buildRow({ dealId: 'b1', forecastCategory: 'best-case', amount: 50, currency: 'EUR', gaps: [] }),
      buildRow({ dealId: 'n1', amount: 10, currency: 'EUR', gaps: [] }),
      buildRow({ dealId: 'won', forecastCategory: 'commit', status: 'won', amount: 999, currency: 'EUR', gaps: [] }),
    ];
    const forecast = pipelineForecast(rows, settings);
    expect(forecast.challenges.map((row) => row.dealId)).toEqual(['c1']);
    expect(forecast.lines.map((line) => [line.category, line.deals, line.total?.amount, line.challenged, line.challengedTotal?.amount])).toEqual([
      ['commit', 2, 187, 1, 100],
      ['best-case', 1, 50, 0, 0],
      [null, 1, 10, 0, 0],
    ]);
  });

  it('counts overdue open deals per owner, most first', () => {
    const overdue = [gap('close-date-passed', 'warning')];
    const rows = [
      buildRow({ dealId: 'a', owner: 'Sara Lind', gaps: overdue }),
      buildRow({ dealId: 'b', owner: 'Jonas Ek', gaps: overdue }),
      buildRow({ dealId: 'c', owner: 'Jonas Ek', gaps: overdue }),
      buildRow({ dealId: 'd', owner: 'Jonas Ek', gaps: [] }),
      buildRow({ dealId: 'e', owner: 'Maja Falk', gaps: [] }),
    ];
    expect(overdueByOwner(rows)).toEqual([
      { owner: 'Jonas Ek', overdue: 2, open: 3 },
      { owner: 'Sara Lind', overdue: 1, open: 1 },
    ]);
  });
});
