import { describe, expect, it } from 'vitest';
import { filterOptions, filterRows, isFiltering, NO_ROW_FILTER, searchable } from '../../../shared/pipeline';
import { buildRow, gap, ids } from './row-builder';

const rows = [
  buildRow({ dealId: 'erp', owner: 'Sara Lind', account: 'Nyström Bygg AB', deal: 'ERP replacement', stage: 'prospect', closeDate: '2027-02-10', gaps: [gap('saboteur-unchecked', 'blocker'), gap('no-benefits', 'warning')] }),
  buildRow({ dealId: 'crm', owner: 'Per Ek', account: 'Acme AB', deal: 'CRM rollout', stage: 'qualified', closeDate: '2027-05-01', gaps: [gap('no-benefits', 'warning')] }),
  buildRow({ dealId: 'bi', owner: null, account: 'Café Åkesson', deal: 'BI platform', stage: 'lead', closeDate: null, gaps: [gap('need-unconfirmed', 'blocker')] }),
  buildRow({ dealId: 'hr', owner: 'Sara Lind', account: 'Volvo', deal: 'HR suite', stage: 'qualified', closeDate: '2027-03-30', gaps: [] }),
];

describe('filterRows', () => {
  it('keeps every row without a filter', () => {
    expect(ids(filterRows(rows, NO_ROW_FILTER))).toEqual(['erp', 'crm', 'bi', 'hr']);
    expect(isFiltering(NO_ROW_FILTER)).toBe(false);
    expect(isFiltering({ owners: [], text: '  ' })).toBe(false);
  });

  it('filters by owner, with null for deals without one', () => {
    expect(ids(filterRows(rows, { owners: ['Sara Lind'] }))).toEqual(['erp', 'hr']);
    expect(ids(filterRows(rows, { owners: [null, 'Per Ek'] }))).toEqual(['crm', 'bi']);
  });

  it('filters by stage and by close quarter', () => {
    expect(ids(filterRows(rows, { stages: ['qualified'] }))).toEqual(['crm', 'hr']);
    expect(ids(filterRows(rows, { closeQuarters: ['2027-Q1'] }))).toEqual(['erp', 'hr']);
    expect(ids(filterRows(rows, { closeQuarters: [null] }))).toEqual(['bi']);
  });

  it('filters by gap code (any of them) and to blocked deals', () => {
    expect(ids(filterRows(rows, { gapCodes: ['no-benefits'] }))).toEqual(['erp', 'crm']);
    expect(ids(filterRows(rows, { gapCodes: ['need-unconfirmed', 'saboteur-unchecked'] }))).toEqual(['erp', 'bi']);
    expect(ids(filterRows(rows, { blockedOnly: true }))).toEqual(['erp', 'bi']);
  });

  it('needs every facet to match', () => {
    expect(ids(filterRows(rows, { owners: ['Sara Lind'], stages: ['qualified'] }))).toEqual(['hr']);
    expect(ids(filterRows(rows, { owners: ['Sara Lind'], gapCodes: ['need-unconfirmed'] }))).toEqual([]);
    expect(isFiltering({ stages: ['lead'] })).toBe(true);
  });

  it('searches owner, account and deal name, ignoring case and accents, every word', () => {
    expect(ids(filterRows(rows, { text: 'nystrom' }))).toEqual(['erp']);
    expect(ids(filterRows(rows, { text: 'CAFE akesson' }))).toEqual(['bi']);
    expect(ids(filterRows(rows, { text: 'sara' }))).toEqual(['erp', 'hr']);
    expect(ids(filterRows(rows, { text: 'sara hr' }))).toEqual(['hr']);
    expect(ids(filterRows(rows, { text: 'rollout' }))).toEqual(['crm']);
    expect(ids(filterRows(rows, { text: 'Åkesson' }))).toEqual(['bi']);
    expect(ids(filterRows(rows, { text: 'zzz' }))).toEqual([]);
  });

  it('folds text to lower case without diacritics', () => {
    expect(searchable('Nyström Café ÅÄÖ')).toBe('nystrom cafe aao');
  });
});

describe('filterOptions', () => {
  it('offers the values the rows have, with deal counts, empty values last', () => {
    const options = filterOptions(rows);
    expect(options.owners).toEqual([
      { value: 'Per Ek', deals: 1 },
      { value: 'Sara Lind', deals: 2 },
      { value: null, deals: 1 },
    ]);
    expect(options.stages).toEqual([
      { value: 'lead', deals: 1 },
      { value: 'prospect', deals: 1 },
      { value: 'qualified', deals: 2 },
    ]);
    expect(options.closeQuarters).toEqual([
      { value: '2027-Q1', deals: 2 },
      { value: '2027-Q2', deals: 1 },
      { value: null, deals: 1 },
    ]);
    expect(options.gapCodes).toEqual([
      { value: 'need-unconfirmed', deals: 1 },
      { value: 'saboteur-unchecked', deals: 1 },
      { value: 'no-benefits', deals: 2 },
    ]);
  });
});
