// One table row per deal for the pipeline review: the deal's numbers beside its computed qualification.
import { GAP_CATALOG } from '../engine/gap-catalog';
import type { GapCode, GapSeverity, Qualification, QualificationStage } from '../engine/types';
import { gapSeverityCounts, summarizeDeal, type DealSummary } from './deal-summary';
import type { Deal } from '../model/deal-schema';
import type { DealStatus, ForecastCategory } from '../model/vocabulary';

/** The gap a coach asks about first: the qualification's first gap code (blockers first); the map selects its first gap of that code. */
export interface TopGap {
  readonly code: GapCode;
  readonly severity: GapSeverity;
}

export interface PipelineRow {
  readonly dealId: string;
  /** The account executive; null when the deal names none. */
  readonly owner: string | null;
  readonly account: string;
  /** The deal's name. */
  readonly deal: string;
  readonly amount: number | null;
  /** ISO 4217 code; amounts of different currencies are never added together. */
  readonly currency: string | null;
  readonly closeDate: string | null;
  /** `2027-Q1`, from the close date; null without one. */
  readonly closeQuarter: string | null;
  readonly status: DealStatus;
  readonly stage: QualificationStage;
  /** The CRM's own stage of an imported deal (deal.external.stage), shown beside Dealmap's. */
  readonly crmStage?: string;
  /** The account executive's forecast call; null when none is made. */
  readonly forecastCategory: ForecastCategory | null;
  readonly score: number;
  readonly blockers: number;
  readonly warnings: number;
  readonly topGap: TopGap | null;
  /** Each gap code of the deal once, in the qualification's order. */
  readonly gapCodes: readonly GapCode[];
  /** Each gap code with its number of gaps, in the same order: the heatmap's cells. */
  readonly gapCounts: DealSummary['gaps'];
}

/** `2027-02-14` -> `2027-Q1`. */
export function closeQuarterOf(closeDate: string | null | undefined): string | null {
  if (!closeDate) return null;
  const month = Number(closeDate.slice(5, 7));
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  return `${closeDate.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** The row of a listed deal: everything comes from its summary, no deal file needed. */
export function rowOfSummary(summary: DealSummary): PipelineRow {
  const { blockers, warnings } = gapSeverityCounts(summary);
  const first = summary.gaps[0];
  return {
    dealId: summary.id,
    owner: summary.owner,
    account: summary.account,
    deal: summary.name,
    amount: summary.amount,
    currency: summary.currency,
    closeDate: summary.closeDate,
    closeQuarter: closeQuarterOf(summary.closeDate),
    status: summary.status,
    stage: summary.stage,
    ...(summary.crmStage === undefined ? {} : { crmStage: summary.crmStage }),
    forecastCategory: summary.forecastCategory ?? null,
    score: summary.score,
    blockers,
    warnings,
    topGap: first ? { code: first[0], severity: GAP_CATALOG[first[0]].severity } : null,
    gapCodes: summary.gaps.map(([code]) => code),
    gapCounts: summary.gaps,
  };
}

export function pipelineRow(deal: Deal, qualification: Qualification): PipelineRow {
  return rowOfSummary(summarizeDeal(deal, qualification));
}

/**
 * One row per deal, in the deals' order. `qualify` is the caller's (memoized) engine call, so a
 * workspace is qualified once per deal version, not once per sort or filter.
 */
export function pipelineRows(deals: readonly Deal[], qualify: (deal: Deal) => Qualification): PipelineRow[] {
  return deals.map((deal) => pipelineRow(deal, qualify(deal)));
}
