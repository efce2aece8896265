// A deal as the workspace listing sends it: what the deal list, pipeline table, filters, charts and heatmap show, nothing more.
import { GAP_CATALOG } from '../engine/gap-catalog';
import type { GapCode, Qualification, QualificationStage } from '../engine/types';
import type { Deal, LensId } from '../model/deal-schema';
import type { DealStatus, ForecastCategory } from '../model/vocabulary';

/**
 * About 300 bytes of JSON for a typical deal (a full deal is about 4 KB): the listing of 50,000
 * deals stays under 20 MB before compression. The open deal is fetched whole with getDeal.
 */
export interface DealSummary {
  readonly id: string;
  readonly name: string;
  readonly account: string;
  /** Blank owners are null, as in the pipeline's owner filter. */
  readonly owner: string | null;
  readonly amount: number | null;
  readonly currency: string | null;
  readonly closeDate: string | null;
  readonly status: DealStatus;
  /** The deal's own lens when it names one. */
  readonly lens: LensId | null;
  /** The CRM's own stage of an imported deal (deal.external.stage); absent for deals made in Dealmap. */
  readonly crmStage?: string;
  /** The account executive's forecast call; absent when none is made (keeps the listing small). */
  readonly forecastCategory?: ForecastCategory;
  readonly revision: number;
  readonly stage: QualificationStage;
  readonly score: number;
  /** Each gap code once with how many gaps it has, in the qualification's order (blockers first): the first is the top gap. */
  readonly gaps: readonly (readonly [GapCode, number])[];
}

function blankToNull(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function summarizeDeal(deal: Deal, qualification: Qualification): DealSummary {
  const counts = new Map<GapCode, number>();
  for (const gap of qualification.gaps) counts.set(gap.code, (counts.get(gap.code) ?? 0) + 1);
  return {
    id: deal.id,
    name: deal.name,
    account: deal.account,
    owner: blankToNull(deal.owner),
    amount: deal.amount ?? null,
    currency: deal.currency ?? null,
    closeDate: deal.closeDate ?? null,
    status: deal.status,
    lens: deal.lens ?? null,
    ...(deal.external?.stage === undefined ? {} : { crmStage: deal.external.stage }),
    ...(deal.forecastCategory === undefined ? {} : { forecastCategory: deal.forecastCategory }),
    revision: deal.revision,
    stage: qualification.stage,
    score: qualification.score,
    gaps: [...counts],
  };
}

/** How many gaps of each severity the summary holds: a code's severity is fixed by the gap catalog. */
export function gapSeverityCounts(summary: Pick<DealSummary, 'gaps'>): { readonly blockers: number; readonly warnings: number } {
  let blockers = 0;
  let warnings = 0;
  for (const [code, count] of summary.gaps) {
    const severity = GAP_CATALOG[code].severity;
    if (severity === 'blocker') blockers += count;
    else if (severity === 'warning') warnings += count;
  }
  return { blockers, warnings };
}
