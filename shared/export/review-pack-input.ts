// What a review pack is made of: the pipeline's rows, each deal with its qualification, changes and coaching.
import type { Qualification } from '../engine/types';
import type { Language } from '../i18n/languages';
import type { Deal } from '../model/deal-schema';
import type { PipelineRow } from '../pipeline/pipeline-row';
import type { DealChanges, PipelineChangeSummary, PipelineChanges } from '../review/change-types';
import { coachingFor, summarizeReview, type DealCoaching, type Review, type ReviewSummary } from '../review/review-schema';

/** One deal's section of the pack. */
export interface ReviewPackDeal {
  readonly deal: Deal;
  readonly qualification: Qualification;
  /** Changes since the review; null when there is no review to compare with. */
  readonly changes: DealChanges | null;
  /** The review's coaching for the deal; null when there is no review. */
  readonly coaching: DealCoaching | null;
}

export interface ReviewPackInput {
  /** The date the deals were qualified as of, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The pipeline the summary describes (the deals in view, filters applied). */
  readonly rows: readonly PipelineRow[];
  /** The deals that get a section, in the order given. */
  readonly deals: readonly ReviewPackDeal[];
  /** The review the changes are measured from; null for a pack of the current state only. */
  readonly review: ReviewSummary | null;
  readonly changeSummary: PipelineChangeSummary | null;
  /** Deals of `rows` left without a section, so the pack stays printable. */
  readonly omittedDeals: number;
  /** One line saying which deals are in view, e.g. "Owner Sara Lind · 12 of 40 deals"; empty for all. */
  readonly scope: string;
  /** The language the pack's messages are rendered in; English when left out. */
  readonly language?: Language;
}

export interface ReviewPackSources {
  readonly asOf: string;
  /** The deals in view, in the order their sections should appear. */
  readonly deals: readonly Deal[];
  readonly qualify: (deal: Deal) => Qualification;
  readonly rows: readonly PipelineRow[];
  /** The latest review and its changes up to now, when the workspace has a review. */
  readonly review: Review | null;
  readonly changes: PipelineChanges | null;
  /** At most this many deal sections (default 50, so the pack stays under the export size cap); the rest are counted in `omittedDeals`. */
  readonly maxDeals?: number;
  readonly scope?: string;
}

export const DEFAULT_MAX_PACK_DEALS = 50;

/** Puts the pieces together: per deal its qualification, its changes and its coaching in the review. */
export function reviewPackInput(sources: ReviewPackSources): ReviewPackInput {
  const max = sources.maxDeals ?? DEFAULT_MAX_PACK_DEALS;
  const changesByDeal = new Map((sources.changes?.deals ?? []).map((changes) => [changes.dealId, changes]));
  const shown = sources.deals.slice(0, max);
  const review = sources.review;
  return {
    asOf: sources.asOf,
    rows: sources.rows,
    deals: shown.map((deal) => ({
      deal,
      qualification: sources.qualify(deal),
      changes: review ? (changesByDeal.get(deal.id) ?? null) : null,
      coaching: review ? coachingFor(review, deal.id) : null,
    })),
    review: review ? summarizeReview(review) : null,
    changeSummary: review ? (sources.changes?.summary ?? null) : null,
    omittedDeals: sources.deals.length - shown.length,
    scope: sources.scope ?? '',
  };
}
