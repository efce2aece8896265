// Filtering the pipeline table: facets (owner, stage, close quarter, gap code) and free-text search.
import type { GapCode, QualificationStage } from '../engine/types';
import type { PipelineRow } from './pipeline-row';

/**
 * An empty list leaves a facet open. Within a facet any value matches (or); across facets all must
 * (and). `null` in `owners` or `closeQuarters` matches deals without an owner or a close date.
 */
export interface RowFilter {
  readonly owners?: readonly (string | null)[];
  readonly stages?: readonly QualificationStage[];
  readonly closeQuarters?: readonly (string | null)[];
  /** The deal has at least one gap with one of these codes. */
  readonly gapCodes?: readonly GapCode[];
  /** Only deals with at least one blocker. */
  readonly blockedOnly?: boolean;
  /** Every word must appear in the owner, account or deal name; case and accents do not matter. */
  readonly text?: string;
}

export const NO_ROW_FILTER: RowFilter = {};

/** Lower case without diacritics: "Nyström" and "nystrom" match. */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Rows are immutable, so each row's search text is worked out once, not on every keystroke.
const searchTexts = new WeakMap<PipelineRow, string>();

function searchTextOf(row: PipelineRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = searchable(`${row.owner ?? ''}\n${row.account}\n${row.deal}`);
    searchTexts.set(row, text);
  }
  return text;
}

function facet<T>(values: readonly T[] | undefined): Set<T> | null {
  return values && values.length > 0 ? new Set(values) : null;
}

export function filterRows(rows: readonly PipelineRow[], filter: RowFilter): PipelineRow[] {
  const owners = facet(filter.owners);
  const stages = facet(filter.stages);
  const quarters = facet(filter.closeQuarters);
  const codes = facet(filter.gapCodes);
  const words = searchable(filter.text ?? '').split(/\s+/).filter((word) => word !== '');
  return rows.filter((row) => {
    if (filter.blockedOnly && row.blockers === 0) return false;
    if (owners && !owners.has(row.owner)) return false;
    if (stages && !stages.has(row.stage)) return false;
    if (quarters && !quarters.has(row.closeQuarter)) return false;
    if (codes && !row.gapCodes.some((code) => codes.has(code))) return false;
    if (words.length > 0) {
      const text = searchTextOf(row);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

/** True when the filter narrows anything. */
export function isFiltering(filter: RowFilter): boolean {
  return Boolean(
    filter.owners?.length ||
      filter.stages?.length ||
      filter.closeQuarters?.length ||
      filter.gapCodes?.length ||
      filter.blockedOnly ||
      (filter.text ?? '').trim() !== '',
  );
}
