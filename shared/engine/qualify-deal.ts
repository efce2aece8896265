// The qualification engine's entry point: a deal and a review date in, stage, score and gaps out.
import type { Deal } from '../model/deal-schema';
import { engineSettingsOf } from '../settings/engine-settings';
import { collectDealFacts, type DealFacts } from './deal-facts';
import { sortGaps } from './gap-order';
import { commitAtRisk } from './gaps/commit-at-risk';
import { gapRulesFor } from './gaps/gap-rules';
import { reviewDay } from './review-date';
import { LOST_SCORE, scoreFromFacts, withLensMissing } from './score';
import { qualifyingLens, scoreLensInContext, type LensJudgement } from '../lenses/score-lens';
import { lensCriterionGaps } from './gaps/lens-criteria';
import { stageFromFacts } from './stage';
import type { Qualification, QualificationStage, QualifyOptions } from './types';

export { compareGaps, GAP_SEVERITY_ORDER, sortGaps } from './gap-order';

/** qualifyDeal's options; `sameBuyingCenter` (what-if) lets it reuse another reading's buying-center facts (see collectDealFacts). */
export interface QualifyDealOptions extends QualifyOptions {
  readonly sameBuyingCenter?: DealFacts;
  /** Another reading's lens judgement with the same options (what-if: the saved deal's); its verdicts that still hold are kept (see judgeLens). */
  readonly earlierJudgement?: LensJudgement;
}

/**
 * Pure and deterministic: no I/O and no clock. Throws a RangeError only when `options.asOf` is
 * not a real `YYYY-MM-DD` date. `seen` receives the lens as judged for an open deal (the ranking reuses it).
 */
export function qualifyDeal(deal: Deal, options: QualifyDealOptions, seen?: (judgement: LensJudgement) => void): Qualification {
  const asOfDay = reviewDay(options.asOf);
  if (deal.status === 'lost') return { lens: qualifyingLens(deal, options), stage: 'lost', score: LOST_SCORE, gaps: [] };
  const facts = collectDealFacts(deal, options.sameBuyingCenter);
  const settings = engineSettingsOf(options);
  const context = { facts, asOf: options.asOf, asOfDay, settings };
  const lens = qualifyingLens(deal, options);
  const gaps = gapRulesFor(deal.status).flatMap((rule) => rule(context));
  let score = scoreFromFacts({ facts, asOfDay, settings });
  if (deal.status === 'open') {
    const scorecard = scoreLensInContext(lens, { deal, facts, asOf: options.asOf, asOfDay, staleContactDays: settings.staleContactDays }, seen, options.earlierJudgement);
    const lensGaps = lensCriterionGaps(scorecard);
    gaps.push(...lensGaps);
    score = withLensMissing(score, lensGaps.length);
  }
  const sorted = sortGaps(gaps);
  const stage = stageFromFacts(facts, sorted);
  // The forecast challenge reads the verdict without itself, so the stage never depends on it.
  const challenge = commitAtRisk(deal, stage, sorted);
  return { lens, stage, score, gaps: challenge === null ? sorted : [challenge, ...sorted] };
}

/** The deal's qualification stage (docs/engine-rules.md "Stage rule"): qualifyDeal's, since a blocker keeps a deal a prospect. */
export function qualificationStage(deal: Deal, options: QualifyOptions): QualificationStage {
  return qualifyDeal(deal, options).stage;
}

export interface QualificationSummary {
  readonly blockers: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Gap counts by severity, for the deal list and the command line. */
export function summarizeQualification(qualification: Pick<Qualification, 'gaps'>): QualificationSummary {
  let blockers = 0;
  let warnings = 0;
  let infos = 0;
  for (const gap of qualification.gaps) {
    if (gap.severity === 'blocker') blockers += 1;
    else if (gap.severity === 'warning') warnings += 1;
    else infos += 1;
  }
  return { blockers, warnings, infos };
}
