// One table row per deal for the pipeline review: the deal's numbers beside its computed qualification.
import type { Gap, GapCode, GapSeverity, Qualification, QualificationStage } from '../engine/types';
import type { Deal } from '../model/deal-schema';
import type { DealStatus } from '../model/vocabulary';

/** The gap a coach asks about first: the qualification's first gap (blockers first). */
export interface TopGap {
  /** The gap's id in the deal's qualification, so the map can open with it selected. */
  readonly id: string;
  readonly code: GapCode;
  readonly severity: GapSeverity;
  readonly message: string;
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
  readonly score: number;
  readonly blockers: number;
  readonly warnings: number;
  readonly topGap: TopGap | null;
  /** Each gap code of the deal once, in the qualification's order. */
  readonly gapCodes: readonly GapCode[];
  /** The qualification's gaps, shared, not copied: the heatmap resolves a code to a gap id with them. */
  readonly gaps: readonly Gap[];
}

/** `2027-02-14` -> `2027-Q1`. */
export function closeQuarterOf(closeDate: string | null | undefined): string | null {
  if (!closeDate) return null;
  const month = Number(closeDate.slice(5, 7));
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  return `${closeDate.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

function blankToNull(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function pipelineRow(deal: Deal, qualification: Qualification): PipelineRow {
  let blockers = 0;
  let warnings = 0;
  const codes = new Set<GapCode>();
  for (const gap of qualification.gaps) {
    if (gap.severity === 'blocker') blockers += 1;
    else if (gap.severity === 'warning') warnings += 1;
    codes.add(gap.code);
  }
  const first = qualification.gaps[0];
  return {
    dealId: deal.id,
    owner: blankToNull(deal.owner),
    account: deal.account,
    deal: deal.name,
    amount: deal.amount ?? null,
    currency: deal.currency ?? null,
    closeDate: deal.closeDate ?? null,
    closeQuarter: closeQuarterOf(deal.closeDate),
    status: deal.status,
    stage: qualification.stage,
    ...(deal.external?.stage === undefined ? {} : { crmStage: deal.external.stage }),
    score: qualification.score,
    blockers,
    warnings,
    topGap: first ? { id: first.id, code: first.code, severity: first.severity, message: first.message } : null,
    gapCodes: [...codes],
    gaps: qualification.gaps,
  };
}

/**
 * One row per deal, in the deals' order. `qualify` is the caller's (memoized) engine call, so a
 * workspace is qualified once per deal version, not once per sort or filter.
 */
export function pipelineRows(deals: readonly Deal[], qualify: (deal: Deal) => Qualification): PipelineRow[] {
  return deals.map((deal) => pipelineRow(deal, qualify(deal)));
}
