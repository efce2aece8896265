// The values each pipeline filter offers, with how many deals have each, from the rows at hand.
import { GAP_CODES, QUALIFICATION_STAGES, type GapCode, type QualificationStage } from '../engine/types';
import type { PipelineRow } from './pipeline-row';

export interface FilterOption<T> {
  readonly value: T;
  readonly deals: number;
}

export interface FilterOptions {
  /** Owners by name; `null` (no owner) last. */
  readonly owners: readonly FilterOption<string | null>[];
  /** In stage order. */
  readonly stages: readonly FilterOption<QualificationStage>[];
  /** Chronological; `null` (no close date) last. */
  readonly closeQuarters: readonly FilterOption<string | null>[];
  /** In the engine's gap-code order; only codes some deal has. */
  readonly gapCodes: readonly FilterOption<GapCode>[];
}

function tally<T>(counts: Map<T, number>, value: T): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

function nullsLast<T extends string>(counts: Map<T | null, number>, compare: (a: T, b: T) => number): FilterOption<T | null>[] {
  const named = [...counts.keys()].filter((value): value is T => value !== null).sort(compare);
  const options: FilterOption<T | null>[] = named.map((value) => ({ value, deals: counts.get(value) ?? 0 }));
  const none = counts.get(null);
  if (none !== undefined) options.push({ value: null, deals: none });
  return options;
}

export function filterOptions(rows: readonly PipelineRow[]): FilterOptions {
  const owners = new Map<string | null, number>();
  const stages = new Map<QualificationStage, number>();
  const quarters = new Map<string | null, number>();
  const codes = new Map<GapCode, number>();
  for (const row of rows) {
    tally(owners, row.owner);
    tally(stages, row.stage);
    tally(quarters, row.closeQuarter);
    for (const code of row.gapCodes) tally(codes, code);
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return {
    owners: nullsLast(owners, (a, b) => collator.compare(a, b)),
    stages: QUALIFICATION_STAGES.filter((stage) => stages.has(stage)).map((value) => ({ value, deals: stages.get(value) ?? 0 })),
    closeQuarters: nullsLast(quarters, (a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    gapCodes: GAP_CODES.filter((code) => codes.has(code)).map((value) => ({ value, deals: codes.get(value) ?? 0 })),
  };
}
