// Sorting the pipeline table by any column: stable, empty values last in both directions.
import { GAP_CODES, GAP_SEVERITIES, QUALIFICATION_STAGES } from '../engine/types';
import { searchable } from './filter-rows';
import type { PipelineRow } from './pipeline-row';

export const PIPELINE_COLUMNS = [
  'owner',
  'account',
  'deal',
  'amount',
  'closeDate',
  'stage',
  'score',
  'blockers',
  'topGap',
] as const;
export type PipelineColumn = (typeof PIPELINE_COLUMNS)[number];

export type SortDirection = 'ascending' | 'descending';

export interface RowSort {
  readonly column: PipelineColumn;
  readonly direction: SortDirection;
}

/**
 * What the table opens on: the deals with most blockers first, which is what a coach asks about
 * first. Ties keep the rows' own order (by deal name), since the sort is stable.
 */
export const DEFAULT_ROW_SORT: RowSort = { column: 'blockers', direction: 'descending' };

/** How the amount column orders, in the words of its header's description. */
export const AMOUNT_SORT_TEXT = 'Grouped by currency; amounts are not converted';

/** The direction a first click on a header sorts by: the biggest deals and most blockers first. */
export function defaultDirection(column: PipelineColumn): SortDirection {
  return column === 'amount' || column === 'score' || column === 'blockers' ? 'descending' : 'ascending';
}

type SortKey = string | number | null;

/**
 * Names compare without case or accents, numbers inside them as numbers ("Deal 9" before "Deal 10"):
 * folded once per row into a key compared by code unit, which is fast for 5,000 rows and the same on
 * every machine (no locale-specific order such as Swedish Å after Z).
 */
function textKey(text: string | null): string | null {
  return text === null ? null : searchable(text).replace(/\d+/g, (digits) => digits.padStart(16, '0'));
}

interface TextKeys {
  readonly owner: string | null;
  readonly account: string | null;
  readonly deal: string | null;
}

// Rows are immutable: their text keys are worked out on the first sort and reused by the next.
const textKeys = new WeakMap<PipelineRow, TextKeys>();

function textKeysOf(row: PipelineRow): TextKeys {
  let keys = textKeys.get(row);
  if (!keys) {
    keys = { owner: textKey(row.owner), account: textKey(row.account), deal: textKey(row.deal) };
    textKeys.set(row, keys);
  }
  return keys;
}

const STAGE_RANK = new Map<string, number>(QUALIFICATION_STAGES.map((stage, index) => [stage, index]));
const SEVERITY_RANK = new Map<string, number>(GAP_SEVERITIES.map((severity, index) => [severity, index]));
const CODE_RANK = new Map<string, number>(GAP_CODES.map((code, index) => [code, index]));

/** The top gap sorts by severity, then by gap code. Amounts are compared within their currency group. */
function sortKey(row: PipelineRow, column: PipelineColumn): SortKey {
  switch (column) {
    case 'owner':
    case 'account':
    case 'deal':
      return textKeysOf(row)[column];
    case 'amount':
      return row.amount;
    case 'closeDate':
      return row.closeDate;
    case 'stage':
      return STAGE_RANK.get(row.stage) ?? null;
    case 'score':
      return row.score;
    case 'blockers':
      return row.blockers;
    case 'topGap':
      return row.topGap
        ? (SEVERITY_RANK.get(row.topGap.severity) ?? 0) * 100 + (CODE_RANK.get(row.topGap.code) ?? 99)
        : null;
  }
}

/** After every currency code: deals that name no currency form the last group. */
const NO_CURRENCY_GROUP = '\uffff';

/**
 * There are no exchange rates in a deal file, so ¥9,000,000 is not "more" than €50,000: amounts sort
 * by currency code first (A to Z in both directions), then by amount within each currency.
 */
function groupKey(row: PipelineRow, column: PipelineColumn): string {
  return column === 'amount' ? (row.currency ?? NO_CURRENCY_GROUP) : '';
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A new array; rows that tie keep their order, and rows without a value come last either way. */
export function sortRows(rows: readonly PipelineRow[], sort: RowSort): PipelineRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, group: groupKey(row, sort.column), key: sortKey(row, sort.column) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key === b.key) return a.index - b.index;
      return a.key === null ? 1 : -1;
    }
    return compareKeys(a.group, b.group) || sign * compareKeys(a.key, b.key) || a.index - b.index;
  });
  return keyed.map((entry) => entry.row);
}
