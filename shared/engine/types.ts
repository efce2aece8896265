// The engine's output: a deal's computed stage, score and gaps.
import type { MessageRef } from '../i18n/message-ref';
import type { LensId } from '../model/vocabulary';
import type { EngineSettings } from '../settings/engine-settings';

export const QUALIFICATION_STAGES = ['lead', 'prospect', 'qualified', 'customer', 'lost'] as const;
/** Computed from the deal, never typed in (docs/engine-rules.md "Stage rule"). */
export type QualificationStage = (typeof QUALIFICATION_STAGES)[number];

export const GAP_SEVERITIES = ['blocker', 'warning', 'info'] as const;
/** `blocker` stops the close; `warning` weakens it; `info` is a missed opportunity. */
export type GapSeverity = (typeof GAP_SEVERITIES)[number];

/** One code per lens criterion: `<lens>-<criterion>-missing`, a warning while the criterion is missing. */
export const LENS_GAP_CODES = [
  'qualified-prospect-need-missing',
  'qualified-prospect-interest-missing',
  'qualified-prospect-decision-involvement-missing',
  'qualified-prospect-saboteurs-missing',
  'qualified-prospect-value-case-missing',
  'qualified-prospect-referrals-missing',
  'bant-budget-missing',
  'bant-authority-missing',
  'bant-need-missing',
  'bant-timeframe-missing',
  'meddpicc-metrics-missing',
  'meddpicc-economic-buyer-missing',
  'meddpicc-decision-criteria-missing',
  'meddpicc-decision-process-missing',
  'meddpicc-paper-process-missing',
  'meddpicc-identified-pain-missing',
  'meddpicc-champion-missing',
  'meddpicc-competition-missing',
] as const;
export type LensGapCode = (typeof LENS_GAP_CODES)[number];

/** The gaps about the account executive's forecast, not the buying center: they cost no score points. */
export const FORECAST_GAP_CODES = ['commit-at-risk', 'close-date-passed'] as const;

export const GAP_CODES = [
  'commit-at-risk',
  'need-unconfirmed',
  'no-interest',
  'interest-shallow',
  'no-decision-maker',
  'decision-maker-stance-unknown',
  'decision-maker-saboteur',
  'decision-maker-skeptic',
  'decision-maker-unengaged',
  'no-ally-path',
  'saboteur-unchecked',
  'single-threaded',
  'no-benefits',
  'no-savings-case',
  'stale-decision-maker',
  'close-date-passed',
  'referral-not-asked',
  ...LENS_GAP_CODES,
] as const;
/** Stable identifiers of findings; docs/engine-rules.md documents when each one appears. */
export type GapCode = (typeof GAP_CODES)[number];

/** One influence path a gap rests on: stakeholders and `influences` relations, source to target. */
export interface InfluencePathRef {
  readonly stakeholderIds: readonly string[];
  readonly relationIds: readonly string[];
}

/** One computed finding that blocks or weakens the close. */
export interface Gap {
  /** Unique within one qualification: the code plus the stakeholders it concerns. */
  readonly id: string;
  readonly code: GapCode;
  readonly severity: GapSeverity;
  /** Plain-language statement of what is wrong, naming the people involved: a catalog key and its values. */
  readonly message: MessageRef;
  /** The stakeholders the map highlights when the gap is selected. */
  readonly stakeholderIds: readonly string[];
  /** The `influences` relations of the influence path(s) behind the gap, if any. */
  readonly relationIds: readonly string[];
  /**
   * The exact influence paths behind the gap, each from its source to its target; [] when none.
   * saboteur-unchecked: per unchecked decision-maker, the saboteur's path, then the strongest ally's
   * path that fails to match it (a decision-maker's self-reach is a path of one stakeholder).
   */
  readonly paths: readonly InfluencePathRef[];
  /** The suggested next move for the account executive, a catalog key and its values. */
  readonly nextAction: MessageRef;
  /** For a lens gap only: the lens criterion still missing and the evidence the lens has for it. */
  readonly lensCriterion?: LensCriterionRef;
  /** close-date-passed only: the close date and how many days before the review date it was. */
  readonly overdue?: { readonly closeDate: string; readonly daysOverdue: number };
  /** commit-at-risk only: what contradicts the commit call, the stage and the blockers standing. */
  readonly contradicts?: { readonly stage: QualificationStage; readonly blockerCodes: readonly GapCode[] };
}

/** The lens criterion a `<lens>-<criterion>-missing` gap stands for. */
export interface LensCriterionRef {
  readonly lens: LensId;
  readonly code: string;
  readonly label: string;
  /** The criterion's evidence, each a `lens-evidence.*` message. */
  readonly evidence: readonly MessageRef[];
}

export interface Qualification {
  /** The lens the deal was read through (its own, else the workspace default); its missing criteria are gaps. */
  readonly lens?: LensId;
  readonly stage: QualificationStage;
  /** 0 to 100; how close the deal is to a qualified, unblocked close (docs/engine-rules.md "Score"). */
  readonly score: number;
  /** Sorted by severity (blocker first), then by code, then by id. */
  readonly gaps: readonly Gap[];
}

export interface QualifyOptions {
  /** The review date, `YYYY-MM-DD`; the engine never reads the clock. */
  readonly asOf: string;
  /**
   * The workspace's thresholds (stale contact days, engaged stakeholders); each one left out takes
   * its default. Any WorkspaceSettings fits.
   */
  readonly settings?: Partial<EngineSettings> & { readonly defaultLens?: LensId };
  /** Reads the deal through this lens, whatever the deal or the settings say (what-if and tests). */
  readonly lens?: LensId;
}
