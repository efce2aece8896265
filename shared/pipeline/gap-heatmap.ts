// Heatmap data: the deals most at risk against the gap codes they have; each cell is one deal's gap.
import { GAP_CATALOG } from '../engine/gap-catalog';
import { GAP_CODES, GAP_SEVERITIES, type GapCode, type GapSeverity } from '../engine/types';
import type { PipelineRow } from './pipeline-row';

export interface GapHeatmapCell {
  readonly dealId: string;
  readonly code: GapCode;
  readonly severity: GapSeverity;
  /** How many gaps of this code the deal has (one per saboteur, per decision-maker...); the map opens with the first selected. */
  readonly count: number;
}

export interface GapHeatmapRow {
  readonly dealId: string;
  readonly deal: string;
  readonly account: string;
  readonly owner: string | null;
  readonly amount: number | null;
  readonly currency: string | null;
  readonly blockers: number;
  /** Aligned with `GapHeatmap.codes`; null where the deal does not have that gap. */
  readonly cells: readonly (GapHeatmapCell | null)[];
}

export interface GapHeatmap {
  /** The columns: every code some deal of the input has, blockers' codes first, then engine order. */
  readonly codes: readonly GapCode[];
  /** For each code, how many deals of the input have it (not only the rows shown). */
  readonly codeTotals: readonly number[];
  readonly rows: readonly GapHeatmapRow[];
  /** Deals of the input with at least one gap. */
  readonly dealsWithGaps: number;
}

const SEVERITY_RANK = new Map<string, number>(GAP_SEVERITIES.map((severity, index) => [severity, index]));

/**
 * Open deals first, then most blockers, most warnings and lowest score (`charts.heatmap.order`),
 * then name. Never the amount: the rows mix currencies, and 840,000 SEK is not more at risk than 72,000 EUR.
 */
function riskOrder(a: PipelineRow, b: PipelineRow): number {
  const open = Number(b.status === 'open') - Number(a.status === 'open');
  return open || b.blockers - a.blockers || b.warnings - a.warnings || a.score - b.score || a.deal.localeCompare(b.deal);
}

function cellsOf(row: PipelineRow, codes: readonly GapCode[]): (GapHeatmapCell | null)[] {
  return codes.map((code) => {
    const count = row.gapCounts.find(([listed]) => listed === code)?.[1];
    if (count === undefined) return null;
    return { dealId: row.dealId, code, severity: GAP_CATALOG[code].severity, count };
  });
}

/**
 * A deal-by-gap-code matrix, because a cell must open one deal with one gap: a coach reads down a
 * column for a pattern across deals and along a row for one deal's story. Only the `limit` deals
 * most at risk are rows; filtering the pipeline brings the others in.
 */
export function gapHeatmap(rows: readonly PipelineRow[], options: { readonly limit?: number } = {}): GapHeatmap {
  const limit = options.limit ?? 30;
  const totals = new Map<GapCode, number>();
  const withGaps: PipelineRow[] = [];
  for (const row of rows) {
    if (row.gapCodes.length === 0) continue;
    withGaps.push(row);
    for (const code of row.gapCodes) totals.set(code, (totals.get(code) ?? 0) + 1);
  }
  const codes = GAP_CODES.filter((code) => totals.has(code)).sort(
    (a, b) => (SEVERITY_RANK.get(GAP_CATALOG[a].severity) ?? 0) - (SEVERITY_RANK.get(GAP_CATALOG[b].severity) ?? 0),
  );
  const shown = withGaps.sort(riskOrder).slice(0, limit);
  return {
    codes,
    codeTotals: codes.map((code) => totals.get(code) ?? 0),
    rows: shown.map((row) => ({
      dealId: row.dealId,
      deal: row.deal,
      account: row.account,
      owner: row.owner,
      amount: row.amount,
      currency: row.currency,
      blockers: row.blockers,
      cells: cellsOf(row, codes),
    })),
    dealsWithGaps: withGaps.length,
  };
}
