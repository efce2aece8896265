// Puts one account executive's pack together from any host: the plan from the rows, then only the paged deals fetched whole.
import { rankDealActions } from '../actions/rank-deal-actions';
import type { Qualification } from '../engine/types';
import type { Deal } from '../model/deal-schema';
import type { PipelineRow } from '../pipeline/pipeline-row';
import type { DealChanges } from '../review/change-types';
import type { Review } from '../review/review-schema';
import type { WorkspaceSettings } from '../settings/workspace-settings';
import type { OwnerPackDeal, OwnerPackInput } from './review-pack-owner-input';
import { planOwnerPack } from './review-pack-owner-plan';

/** Next actions a deal page lists. */
const PAGE_ACTIONS = 3;

export interface OwnerPackSources {
  readonly owner: string;
  readonly asOf: string;
  /** Every deal of the workspace as a pipeline row (the listing's summaries). */
  readonly rows: readonly PipelineRow[];
  readonly review: Review | null;
  /** Every deal's changes since `review`; null without one. */
  readonly changes: readonly DealChanges[] | null;
  readonly settings: WorkspaceSettings;
  /** The whole deal; null when its file cannot be read now (it is left out of the pages). */
  readonly fetchDeal: (id: string) => Promise<Deal | null>;
  /** The same qualification the rows were listed with. */
  readonly qualify: (deal: Deal) => Qualification;
}

export async function buildOwnerPackInput(sources: OwnerPackSources): Promise<OwnerPackInput> {
  const plan = planOwnerPack(sources.owner, sources.rows, sources.changes, sources.settings);
  const deals = await Promise.all(plan.sectionIds.map((id) => sources.fetchDeal(id)));
  const sections = deals.flatMap((deal): OwnerPackDeal[] => {
    if (deal === null) return [];
    const actions = rankDealActions(deal, { asOf: sources.asOf, settings: sources.settings }).slice(0, PAGE_ACTIONS);
    return [{ deal, qualification: sources.qualify(deal), actions: actions.map(({ title, why }) => ({ title, why })) }];
  });
  return { asOf: sources.asOf, plan, review: sources.review, changes: sources.changes, sections, settings: sources.settings };
}
