// The score: points for each qualification criterion an open deal meets, kept as data to explain it.
import type { Deal } from '../model/deal-schema';
import { DEFAULT_ENGINE_SETTINGS, engineSettingsOf, type EngineSettings } from '../settings/engine-settings';
import { collectDealFacts, type DealFacts } from './deal-facts';
import { contactedRecently, reviewDay } from './review-date';
import { qualifyingLens, scoreLensInContext } from '../lenses/score-lens';
import type { LensId } from '../model/vocabulary';
import type { QualifyOptions } from './types';

export interface ScoreCriterion {
  readonly id: string;
  readonly label: string;
  readonly points: number;
}

/**
 * An open deal scores the sum of the points of the criteria it meets; they add up to 100.
 *
 * Every blocker or warning an open deal can have fails at least one criterion, and every unmet
 * criterion stands behind a blocker or warning: an open deal scores 100 exactly when it has none.
 */
export const SCORE_CRITERIA = [
  { id: 'need-confirmed', label: 'The need is confirmed', points: 15 },
  { id: 'interest-shown', label: 'Someone is at general-info interest or higher', points: 10 },
  { id: 'interest-deep', label: 'Someone is at discussing-benefits interest or higher', points: 10 },
  { id: 'decision-maker-present', label: 'A decision-maker is in the buying center', points: 5 },
  { id: 'decision-maker-engaged', label: 'A decision-maker is at general-info interest or higher', points: 10 },
  {
    id: 'ally-reaches-decision-maker',
    label: 'A supporter or champion reaches a decision-maker, or a decision-maker is one',
    points: 10,
  },
  {
    id: 'saboteurs-checked',
    label: 'A decision-maker is in the buying center, no saboteur reaches one unchecked and none is a saboteur',
    points: 10,
  },
  {
    id: 'skeptics-answered',
    label: 'A decision-maker is in the buying center and no skeptical one outweighs every ally',
    points: 5,
  },
  { id: 'multi-threaded', label: 'Two or more stakeholders at general-info interest or higher', points: 5 },
  {
    id: 'decision-makers-known',
    label: "A decision-maker is in the buying center and every decision-maker's stance is known",
    points: 5,
  },
  {
    id: 'decision-makers-in-touch',
    label: 'A decision-maker is in the buying center and every one was contacted within 30 days of the review date',
    points: 5,
  },
  { id: 'benefit-named', label: 'The value case names a benefit', points: 5 },
  { id: 'savings-given', label: 'The value case gives a front-end or back-end saving', points: 5 },
] as const satisfies readonly ScoreCriterion[];

export type ScoreCriterionId = (typeof SCORE_CRITERIA)[number]['id'];

/** What each criterion the deal's lens finds missing costs an open deal (docs/engine-rules.md "Score"). */
export const LENS_MISSING_POINTS = 5;

/** The criteria's score less LENS_MISSING_POINTS per missing lens criterion, never below 0. */
export function withLensMissing(score: number, missingCriteria: number): number {
  return Math.max(0, score - LENS_MISSING_POINTS * missingCriteria);
}

/** A won deal scores 100 and a lost one 0, whatever the criteria say. */
export const WON_SCORE = 100;
export const LOST_SCORE = 0;

/** What the criteria read: the deal's facts, the review date as a day number, the thresholds. */
export interface ScoreContext {
  readonly facts: DealFacts;
  readonly asOfDay: number;
  /** The workspace's thresholds; each one left out takes its default. */
  readonly settings?: Partial<EngineSettings>;
}

function hasDecisionMaker(facts: DealFacts): boolean {
  return facts.decisionMakers.length > 0;
}

// "No decision-maker" cannot mean "every decision-maker is fine", so the criteria about all
// decision-makers also require one.
const CRITERION_MET: Record<ScoreCriterionId, (context: ScoreContext) => boolean> = {
  'need-confirmed': ({ facts }) => facts.deal.need.confirmed,
  'interest-shown': ({ facts }) => facts.engaged.length > 0,
  'interest-deep': ({ facts }) => facts.discussingBenefits.length > 0,
  'decision-maker-present': ({ facts }) => hasDecisionMaker(facts),
  'decision-maker-engaged': ({ facts }) => facts.decisionMakerEngaged,
  'ally-reaches-decision-maker': ({ facts }) => facts.allyReachesDecisionMaker,
  'saboteurs-checked': ({ facts }) =>
    hasDecisionMaker(facts) && facts.uncheckedSaboteurs.length === 0 && facts.saboteurDecisionMakers.length === 0,
  'skeptics-answered': ({ facts }) => hasDecisionMaker(facts) && facts.unansweredSkeptics.length === 0,
  'multi-threaded': (context) => context.facts.engaged.length >= engineSettingsOf(context).singleThreadMinEngaged,
  'decision-makers-known': ({ facts }) =>
    hasDecisionMaker(facts) && facts.decisionMakers.every((dm) => dm.stance !== 'unknown'),
  'decision-makers-in-touch': (context) => {
    const { facts, asOfDay } = context;
    const { staleContactDays } = engineSettingsOf(context);
    return (
      hasDecisionMaker(facts) &&
      facts.decisionMakers.every((dm) => contactedRecently(dm.lastContact, asOfDay, staleContactDays))
    );
  },
  'benefit-named': ({ facts }) => facts.benefitNamed,
  'savings-given': ({ facts }) => facts.savingsGiven,
};

export interface ScoreLine extends ScoreCriterion {
  readonly id: ScoreCriterionId;
  readonly met: boolean;
}

/** What the deal's lens takes off the criteria's score. */
export interface LensScorePart {
  readonly lens: LensId;
  /** The lens criteria still missing, in lens order; each costs LENS_MISSING_POINTS. */
  readonly missing: readonly { readonly code: string; readonly label: string }[];
  readonly points: number;
}

export interface ScoreExplanation {
  readonly score: number;
  /** Open deals only: the missing lens criteria and the points they cost; null for won and lost deals. */
  readonly lens: LensScorePart | null;
  /** `status` for won and lost deals, whose score the criteria do not decide. */
  readonly basis: 'criteria' | 'status';
  /** Every criterion in SCORE_CRITERIA order, met or not. */
  readonly lines: readonly ScoreLine[];
}

/** The criterion's label with the workspace's thresholds in place of the default ones. */
function labelFor(id: ScoreCriterionId, label: string, settings: EngineSettings): string {
  if (id === 'multi-threaded' && settings.singleThreadMinEngaged !== DEFAULT_ENGINE_SETTINGS.singleThreadMinEngaged) {
    const count = settings.singleThreadMinEngaged;
    return `${count} or more ${count === 1 ? 'stakeholder' : 'stakeholders'} at general-info interest or higher`;
  }
  if (id === 'decision-makers-in-touch') return label.replace('within 30 days', `within ${settings.staleContactDays} days`);
  return label;
}

export function scoreLines(context: ScoreContext): ScoreLine[] {
  const settings = engineSettingsOf(context);
  return SCORE_CRITERIA.map((criterion) => ({
    ...criterion,
    label: labelFor(criterion.id, criterion.label, settings),
    met: CRITERION_MET[criterion.id](context),
  }));
}

export function scoreFromFacts(context: ScoreContext): number {
  const { status } = context.facts.deal;
  if (status === 'won') return WON_SCORE;
  if (status === 'lost') return LOST_SCORE;
  // A plain loop: this runs for every deal of a pipeline, and the lines are not needed here.
  let score = 0;
  for (const criterion of SCORE_CRITERIA) {
    if (CRITERION_MET[criterion.id](context)) score += criterion.points;
  }
  return score;
}

/**
 * The score and the criteria behind it, for the side panel and docs/engine-rules.md. Pure and deterministic;
 * like qualifyDeal it throws a RangeError only when `options.asOf` is not a real `YYYY-MM-DD` date.
 */
export function explainScore(deal: Deal, options: QualifyOptions): ScoreExplanation {
  const settings = engineSettingsOf(options);
  const context = { facts: collectDealFacts(deal), asOfDay: reviewDay(options.asOf), settings };
  const base = scoreFromFacts(context);
  let lens: LensScorePart | null = null;
  if (deal.status === 'open') {
    const lensId = qualifyingLens(deal, options);
    const lensContext = { deal, facts: context.facts, asOf: options.asOf, asOfDay: context.asOfDay, staleContactDays: settings.staleContactDays };
    const missing = scoreLensInContext(lensId, lensContext)
      .criteria.filter((criterion) => criterion.status === 'missing')
      .map(({ code, label }) => ({ code, label }));
    lens = { lens: lensId, missing, points: Math.min(base, LENS_MISSING_POINTS * missing.length) };
  }
  return {
    score: withLensMissing(base, lens?.missing.length ?? 0),
    lens,
    basis: deal.status === 'open' ? 'criteria' : 'status',
    lines: scoreLines(context),
  };
}
