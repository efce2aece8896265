// Scores a deal through a methodology lens, finds its weakest link, and picks the lens a deal uses.
import { collectDealFacts, sameBuyingCenterFacts } from '../engine/deal-facts';
import { reviewDay } from '../engine/review-date';
import type { QualifyOptions } from '../engine/types';
import type { Deal } from '../model/deal-schema';
import { DEFAULT_LENS, LENS_IDS, type LensId } from '../model/vocabulary';
import { engineSettingsOf } from '../settings/engine-settings';
import type { WorkspaceSettings } from '../settings/workspace-settings';
import { BANT_LENS } from './bant-lens';
import { CRITERION_STATUSES, type CriterionResult, type LensContext, type LensDefinition, type LensScorecard } from './lens-types';
import { MEDDPICC_LENS } from './meddpicc-lens';
import { capByPlaceholders } from './placeholder-cap';
import { livePlaceholders } from '../model/placeholders';
import { QUALIFIED_PROSPECT_LENS } from './qualified-prospect-lens';

/** Every lens with its criteria in order; each criterion also carries its rule (`judge`). */
export const LENSES: Readonly<Record<LensId, LensDefinition>> = {
  'qualified-prospect': QUALIFIED_PROSPECT_LENS,
  bant: BANT_LENS,
  meddpicc: MEDDPICC_LENS,
};

/** The first criterion with the lowest status, in lens order, that can be raised before the close; else null. */
export function weakestLink(criteria: readonly CriterionResult[]): CriterionResult | null {
  let weakest: CriterionResult | null = null;
  for (const criterion of criteria) {
    const rank = CRITERION_STATUSES.indexOf(criterion.status);
    if (criterion.waitsForClose === true) continue;
    if (criterion.status !== 'validated' && (weakest === null || rank < CRITERION_STATUSES.indexOf(weakest.status))) {
      weakest = criterion;
    }
  }
  return weakest;
}

/**
 * Pure and deterministic: no I/O and no clock. Throws a RangeError only when `options.asOf` is
 * not a real `YYYY-MM-DD` date, as qualifyDeal does.
 */
export function scoreLens(
  deal: Deal,
  lens: LensId,
  options: QualifyOptions & { readonly placeholdersAsAnswered?: boolean },
): LensScorecard {
  return scoreLensInContext(lens, {
    placeholdersAsAnswered: options.placeholdersAsAnswered === true,
    deal,
    facts: collectDealFacts(deal),
    asOf: options.asOf,
    asOfDay: reviewDay(options.asOf),
    staleContactDays: engineSettingsOf(options).staleContactDays,
  });
}

/** A lens's criteria as its rules judged a deal, before placeholders cap them: either reading comes from one judgement. */
export interface LensJudgement {
  readonly lens: LensId;
  /** What the rules read; `placeholdersAsAnswered` plays no part in a rule, only in the cap. */
  readonly context: LensContext;
  readonly judged: readonly CriterionResult[];
}

/** The deal's fields that differ between two readings, by identity: an edit copies only what it changes. */
function changedDealFields(before: Deal, after: Deal): Set<string> {
  const changed = new Set<string>();
  const was = before as unknown as Readonly<Record<string, unknown>>;
  const is = after as unknown as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(is)) if (is[key] !== was[key]) changed.add(key);
  for (const key of Object.keys(was)) if (!Object.hasOwn(is, key)) changed.add(key);
  return changed;
}

/** What `earlier`'s verdicts can be kept against: the fields changed since, or null when the review date, thresholds or buying center differ. */
function changesSince(lens: LensId, context: LensContext, earlier: LensJudgement | undefined): Set<string> | null {
  if (earlier === undefined || earlier.lens !== lens) return null;
  const then = earlier.context;
  const same =
    then.asOf === context.asOf &&
    then.asOfDay === context.asOfDay &&
    then.staleContactDays === context.staleContactDays &&
    sameBuyingCenterFacts(then.facts, context.facts);
  return same ? changedDealFields(then.deal, context.deal) : null;
}

/**
 * Runs the lens's rules on the context. `earlier`: another judgement of this deal (the saved one,
 * in what-if); a criterion keeps its verdict when the buying-center facts are the very same and
 * none of the fields it `reads` changed, since a rule is a pure function of exactly those.
 */
export function judgeLens(lens: LensId, context: LensContext, earlier?: LensJudgement): LensJudgement {
  const changed = changesSince(lens, context, earlier);
  const judged = LENSES[lens].criteria.map(({ code, label, judge, reads }, index) => {
    const kept = changed === null || reads === 'any' || reads.some((field) => changed.has(field)) ? undefined : earlier?.judged[index];
    return kept ?? { code, label, ...judge(context) };
  });
  return { lens, context, judged };
}

/** The scorecard of a judgement: placeholders cap validated criteria, or read as answered (the ranking's reading). */
export function scorecardOfJudgement(judgement: LensJudgement, placeholdersAsAnswered: boolean): LensScorecard {
  const { lens, context, judged } = judgement;
  const live = livePlaceholders(context.deal);
  const criteria = live.length === 0 ? judged : judged.map((criterion) => capByPlaceholders(context.deal, live, criterion, placeholdersAsAnswered));
  return { lens, label: LENSES[lens].label, criteria, weakestLink: weakestLink(criteria) };
}

/**
 * The statuses of scorecardOfJudgement(judgement, true), without the evidence it adds: read as
 * answered, a placeholder never changes a status (see capByPlaceholders), so the judged criteria
 * serve as they are. For the ranking, which reads a scratch deal's codes, labels and statuses only.
 */
export function answeredStatusesOf(judgement: LensJudgement): LensScorecard {
  const { lens, judged } = judgement;
  return { lens, label: LENSES[lens].label, criteria: judged, weakestLink: weakestLink(judged) };
}

/**
 * The same on facts already collected (qualifyDeal reads the lens on the facts it has); `seen`
 * receives the judgement, so a caller wanting the other reading too judges the lens only once;
 * `earlier` lends its verdicts where they still hold (see judgeLens).
 */
export function scoreLensInContext(
  lens: LensId,
  context: LensContext,
  seen?: (judgement: LensJudgement) => void,
  earlier?: LensJudgement,
): LensScorecard {
  const judgement = judgeLens(lens, context, earlier);
  seen?.(judgement);
  return scorecardOfJudgement(judgement, context.placeholdersAsAnswered === true);
}

function isLensId(value: unknown): value is LensId {
  return typeof value === 'string' && (LENS_IDS as readonly string[]).includes(value);
}

/** The deal's own lens when it sets one, else the workspace's default. */
export function lensFor(deal: Deal, settings: Pick<WorkspaceSettings, 'defaultLens'>): LensId {
  return isLensId(deal.lens) ? deal.lens : settings.defaultLens;
}

/** The lens qualifyDeal reads a deal through: `options.lens`, else the deal's own, else the settings' default. */
export function qualifyingLens(deal: Deal, options: Pick<QualifyOptions, 'lens' | 'settings'>): LensId {
  if (options.lens !== undefined) return options.lens;
  return lensFor(deal, { defaultLens: options.settings?.defaultLens ?? DEFAULT_LENS });
}

/**
 * A scorecard's progress as one number, 0 (all missing) to twice the criteria (all validated):
 * identified counts 1, validated 2. rankNextActions takes it as `lensProgress`.
 */
export function lensProgress(scorecard: LensScorecard): number {
  return scorecard.criteria.reduce((sum, criterion) => sum + CRITERION_STATUSES.indexOf(criterion.status), 0);
}
