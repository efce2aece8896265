// The forecast by the account executives' calls, with the engine's challenges (commit-at-risk) and overdue deals beside it.
import { FORECAST_CATEGORIES, type ForecastCategory } from '../model/vocabulary';
import { sumByCurrency, type CurrencyAmount } from './currency-amounts';
import type { PipelineRow } from './pipeline-row';
import { convertTotal, type ConvertedTotal, type ReportingCurrencySettings } from './reporting-currency';

/** One forecast category's open deals: per currency, in the reporting currency, and how many the engine challenges. */
export interface ForecastLine {
  /** null: open deals nobody has called yet. */
  readonly category: ForecastCategory | null;
  readonly deals: number;
  readonly amounts: readonly CurrencyAmount[];
  /** null when the workspace has no reporting currency. */
  readonly total: ConvertedTotal | null;
  /** Deals of the line with commit-at-risk standing (only commit can have it). */
  readonly challenged: number;
  readonly challengedTotal: ConvertedTotal | null;
  readonly challengedAmounts: readonly CurrencyAmount[];
}

export interface PipelineForecast {
  /** commit, best-case, pipeline, omitted, then not called; lines without deals left out. */
  readonly lines: readonly ForecastLine[];
  /** The open deals the engine challenges, in the rows' order. */
  readonly challenges: readonly PipelineRow[];
}

export function isChallengedCommit(row: Pick<PipelineRow, 'status' | 'gapCodes'>): boolean {
  return row.status === 'open' && row.gapCodes.includes('commit-at-risk');
}

export function isOverdue(row: Pick<PipelineRow, 'status' | 'gapCodes'>): boolean {
  return row.status === 'open' && row.gapCodes.includes('close-date-passed');
}

export function pipelineForecast(rows: readonly PipelineRow[], settings: ReportingCurrencySettings): PipelineForecast {
  const open = rows.filter((row) => row.status === 'open');
  const lines = [...FORECAST_CATEGORIES, null].flatMap((category): ForecastLine[] => {
    const called = open.filter((row) => row.forecastCategory === category);
    if (called.length === 0) return [];
    const amounts = sumByCurrency(called);
    const challengedAmounts = sumByCurrency(called.filter(isChallengedCommit));
    return [
      {
        category,
        deals: called.length,
        amounts,
        total: convertTotal(settings, amounts),
        challenged: called.filter(isChallengedCommit).length,
        challengedAmounts,
        challengedTotal: convertTotal(settings, challengedAmounts),
      },
    ];
  });
  return { lines, challenges: open.filter(isChallengedCommit) };
}

/** One account executive's overdue open deals (close-date-passed). */
export interface OwnerOverdue {
  /** null: deals without an owner. */
  readonly owner: string | null;
  readonly overdue: number;
  readonly open: number;
}

/** Owners with at least one overdue deal, most overdue first, then by name (no owner last). */
export function overdueByOwner(rows: readonly PipelineRow[]): OwnerOverdue[] {
  const byOwner = new Map<string | null, { overdue: number; open: number }>();
  for (const row of rows) {
    if (row.status !== 'open') continue;
    const count = byOwner.get(row.owner) ?? { overdue: 0, open: 0 };
    count.open += 1;
    if (isOverdue(row)) count.overdue += 1;
    byOwner.set(row.owner, count);
  }
  return [...byOwner.entries()]
    .filter(([, count]) => count.overdue > 0)
    .map(([owner, count]) => ({ owner, ...count }))
    .sort((a, b) => b.overdue - a.overdue || ((a.owner === null) !== (b.owner === null) ? (a.owner === null ? 1 : -1) : (a.owner ?? '').localeCompare(b.owner ?? '')));
}
