// What the one-to-one pack is made of: the plan, the review, and per deal page its deal, verdict, actions and coaching.
import type { NextAction } from '../actions/action-types';
import type { Qualification } from '../engine/types';
import type { Language } from '../i18n/languages';
import type { Deal } from '../model/deal-schema';
import type { ReportingCurrencySettings } from '../pipeline/reporting-currency';
import type { DealChanges } from '../review/change-types';
import type { Review } from '../review/review-schema';
import type { OwnerPackPlan } from './review-pack-owner-plan';

/** One deal page: the whole deal, its verdict and its ranked next actions (best first). */
export interface OwnerPackDeal {
  readonly deal: Deal;
  readonly qualification: Qualification;
  readonly actions: readonly Pick<NextAction, 'title' | 'why'>[];
}

export interface OwnerPackInput {
  /** The date the deals were qualified as of, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly plan: OwnerPackPlan;
  /** The review compared with (its coaching and action items read from it); null for the current state only. */
  readonly review: Review | null;
  /** Every deal's changes since the review; null without a review. */
  readonly changes: readonly DealChanges[] | null;
  /** The deals of `plan.sectionIds`, in that order (a deal that could not be read is left out). */
  readonly sections: readonly OwnerPackDeal[];
  readonly settings: ReportingCurrencySettings;
  /** The language the pack's messages are rendered in; English when left out. */
  readonly language?: Language;
}
