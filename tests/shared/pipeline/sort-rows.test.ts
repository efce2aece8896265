import { describe, expect, it } from 'vitest';
import { AMOUNT_SORT_TEXT, DEFAULT_ROW_SORT, defaultDirection, PIPELINE_COLUMNS, sortRows, type PipelineColumn } from '../../../shared/pipeline';
import { buildRow, gap, ids } from './row-builder';

const rows = [
  buildRow({ dealId: 'd1', owner: 'Örjan', account: 'Beta', deal: 'Deal 10', amount: 500, closeDate: '2027-03-01', stage: 'prospect', score: 40, gaps: [gap('no-interest', 'blocker'), gap('need-unconfirmed', 'blocker')] }),
  buildRow({ dealId: 'd2', owner: null, account: 'alpha', deal: 'Deal 9', amount: null, closeDate: null, stage: 'qualified', score: 70, gaps: [gap('no-benefits', 'warning')] }),
  buildRow({ dealId: 'd3', owner: 'anna', account: 'Gamma', deal: 'deal 2', amount: 90, closeDate: '2027-01-10', stage: 'lead', score: 10, gaps: [] }),
  buildRow({ dealId: 'd4', owner: 'Anna', account: 'Zeta', deal: 'Deal 1', amount: 500, closeDate: '2026-12-24', stage: 'lost', score: 0, gaps: [gap('need-unconfirmed', 'blocker')] }),
];

describe('sortRows', () => {
  const expected: Record<PipelineColumn, string[]> = {
    // "anna" and "Anna" tie (case does not count): they keep their order.
    owner: ['d3', 'd4', 'd1', 'd2'],
    account: ['d2', 'd1', 'd3', 'd4'],
    // Numbers inside names compare as numbers: Deal 2 before Deal 10.
    deal: ['d4', 'd3', 'd2', 'd1'],
    amount: ['d3', 'd1', 'd4', 'd2'],
    closeDate: ['d4', 'd3', 'd1', 'd2'],
    stage: ['d3', 'd1', 'd2', 'd4'],
    score: ['d4', 'd3', 'd1', 'd2'],
    blockers: ['d2', 'd3', 'd4', 'd1'],
    // Blockers before warnings, then engine code order; no gap last.
    topGap: ['d4', 'd1', 'd2', 'd3'],
  };

  it.each(PIPELINE_COLUMNS)('sorts by %s ascending, empty values last', (column) => {
    expect(ids(sortRows(rows, { column, direction: 'ascending' }))).toEqual(expected[column]);
  });

  it('sorts descending with empty values still last and ties still in their order', () => {
    expect(ids(sortRows(rows, { column: 'amount', direction: 'descending' }))).toEqual(['d1', 'd4', 'd3', 'd2']);
    expect(ids(sortRows(rows, { column: 'owner', direction: 'descending' }))).toEqual(['d1', 'd3', 'd4', 'd2']);
    expect(ids(sortRows(rows, { column: 'closeDate', direction: 'descending' }))).toEqual(['d1', 'd3', 'd4', 'd2']);
  });

  it('groups amounts by currency code and compares them only within one currency', () => {
    const mixed = [
      buildRow({ dealId: 'eur-small', amount: 50_000, currency: 'EUR' }),
      buildRow({ dealId: 'sek', amount: 400_000, currency: 'SEK' }),
      buildRow({ dealId: 'jpy', amount: 9_000_000, currency: 'JPY' }),
      buildRow({ dealId: 'none', amount: 70_000, currency: null }),
      buildRow({ dealId: 'eur-big', amount: 860_000, currency: 'EUR' }),
      buildRow({ dealId: 'eur-blank', amount: null, currency: 'EUR' }),
    ];
    // Currencies A to Z either way, no currency after them; only the amounts within a group turn round.
    expect(ids(sortRows(mixed, { column: 'amount', direction: 'descending' }))).toEqual(['eur-big', 'eur-small', 'jpy', 'sek', 'none', 'eur-blank']);
    expect(ids(sortRows(mixed, { column: 'amount', direction: 'ascending' }))).toEqual(['eur-small', 'eur-big', 'jpy', 'sek', 'none', 'eur-blank']);
    expect(AMOUNT_SORT_TEXT).toMatch(/grouped by currency.*not converted/i);
  });

  it('opens on most blockers first, ties in the order the rows came in', () => {
    const byName = [
      buildRow({ dealId: 'a', gaps: [] }),
      buildRow({ dealId: 'b', gaps: [gap('need-unconfirmed', 'blocker')] }),
      buildRow({ dealId: 'c', gaps: [gap('need-unconfirmed', 'blocker'), gap('no-interest', 'blocker', 'x')] }),
      buildRow({ dealId: 'd', gaps: [gap('no-interest', 'blocker')] }),
      buildRow({ dealId: 'e', gaps: [gap('no-benefits', 'warning')], amount: 9_000_000, currency: 'JPY' }),
    ];
    expect(DEFAULT_ROW_SORT).toEqual({ column: 'blockers', direction: 'descending' });
    expect(ids(sortRows(byName, DEFAULT_ROW_SORT))).toEqual(['c', 'b', 'd', 'a', 'e']);
  });

  it('is stable across many ties and leaves its input alone', () => {
    const many = Array.from({ length: 200 }, (_, n) => buildRow({ dealId: `r${n}`, score: n % 3 }));
    const before = ids(many);
    const sorted = sortRows(many, { column: 'score', direction: 'ascending' });
    expect(ids(many)).toEqual(before);
    for (const score of [0, 1, 2]) {
      expect(ids(sorted.filter((row) => row.score === score))).toEqual(before.filter((_, n) => n % 3 === score));
    }
  });

  it('starts money, score and blockers with the largest', () => {
    expect(defaultDirection('amount')).toBe('descending');
    expect(defaultDirection('blockers')).toBe('descending');
    expect(defaultDirection('score')).toBe('descending');
    expect(defaultDirection('owner')).toBe('ascending');
    expect(defaultDirection('closeDate')).toBe('ascending');
  });
});
