// The lens scorecard's types: a criterion's status, the evidence behind it, and how a lens is defined.
import type { DealFacts } from '../engine/deal-facts';
import type { MessageRef } from '../i18n/message-ref';
import type { Deal } from '../model/deal-schema';
import type { LensId } from '../model/vocabulary';

/** Lowest first: the order the weakest link compares by. */
export const CRITERION_STATUSES = ['missing', 'identified', 'validated'] as const;
/** `missing`: nothing known; `identified`: known on our side; `validated`: confirmed by the customer. */
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

/** One fact that set a criterion's status, with the stakeholders it is about (for the map). */
export interface CriterionEvidence {
  /** The fact as a `lens-evidence.*` message; front ends render it in the reader's language. */
  readonly message: MessageRef;
  readonly stakeholderIds: readonly string[];
}

export interface CriterionResult {
  readonly code: string;
  /** The criterion's English name; front ends show `lenses.<lens>.<code>.label` (criterionLabelRef). */
  readonly label: string;
  readonly status: CriterionStatus;
  readonly evidence: readonly CriterionEvidence[];
  /** What moves it up one status, as a `lens-evidence.*` message; null when validated. */
  readonly nextStep: MessageRef | null;
  /** The placeholder paths (deal.placeholders) this criterion reads: "to be confirmed"; absent when none. */
  readonly placeholders?: readonly string[];
  /**
   * True when only the close can raise it further (an open deal's referrals): no move can, so it is
   * never the weakest link, and the actions never pretend to raise it. Absent otherwise.
   */
  readonly waitsForClose?: boolean;
}

export interface LensScorecard {
  readonly lens: LensId;
  readonly label: string;
  readonly criteria: readonly CriterionResult[];
  /**
   * The first criterion with the lowest status, in lens order, among those the seller can raise now
   * (not waiting for the close); null when all of those are validated.
   */
  readonly weakestLink: CriterionResult | null;
}

/** What every criterion rule reads: the engine's facts, the review date and the thresholds. */
export interface LensContext {
  readonly deal: Deal;
  readonly facts: DealFacts;
  /** The review date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The review date as days since 1970-01-01. */
  readonly asOfDay: number;
  /** A decision-maker last contacted more days than this before the review date is out of touch. */
  readonly staleContactDays: number;
  /**
   * Read placeholders as if the customer had answered with them (the ranking's "what would it
   * change"); otherwise, the verdict's reading, a placeholder never validates a criterion.
   */
  readonly placeholdersAsAnswered?: boolean;
}

/** A rule's answer: the result without the code and label the lens adds. */
export type CriterionVerdict = Pick<CriterionResult, 'status' | 'evidence' | 'nextStep' | 'waitsForClose'>;

export interface LensCriterion {
  readonly code: string;
  readonly label: string;
  /** The letter the compact scorecard shows, e.g. "M" for Metrics. */
  readonly letter: string;
  readonly judge: (context: LensContext) => CriterionVerdict;
  /**
   * The deal's fields the rule reads, besides the buying-center facts, the review date and the
   * thresholds (facts.benefitNamed and savingsGiven count as `valueCase`): a what-if that leaves
   * them and the buying center as they are keeps the saved deal's verdict (see judgeLens). `any`:
   * it reads the fields placeholder marks name, which can be any, so no verdict of it is kept.
   */
  readonly reads: readonly (keyof Deal)[] | 'any';
}

export interface LensDefinition {
  readonly label: string;
  /** In the lens's own order, which is the weakest link's order too. */
  readonly criteria: readonly LensCriterion[];
}
