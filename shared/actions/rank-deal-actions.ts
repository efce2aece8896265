// A deal's next best actions as the app and the command line both show them: built-in and lens candidates, ranked.
import { qualifyDeal } from '../engine/qualify-deal';
import type { Qualification } from '../engine/types';
import type { LensScorecard } from '../lenses/lens-types';
import { answeredStatusesOf, lensFor, scoreLens, scorecardOfJudgement, type LensJudgement } from '../lenses/score-lens';
import type { Deal } from '../model/deal-schema';
import { DEFAULT_WORKSPACE_SETTINGS, type WorkspaceSettings } from '../settings/workspace-settings';
import type { NextAction } from './action-types';
import { lensCandidates } from './lens-candidates';
import { rankNextActions } from './rank-next-actions';

export interface RankDealOptions {
  /** The review date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The workspace's settings: default lens, thresholds, action weights; the defaults when absent. */
  readonly settings?: Partial<WorkspaceSettings>;
  /** How much the deal's amount counts (see amountFactor); 1 by default. */
  readonly amountWeight?: number;
}

/** The saved deal read once: what a report shows of it and what its ranking starts from. */
export interface SavedDealReading {
  readonly qualification: Qualification;
  /** The deal's lens (lensFor) scored as shown: a placeholder never validates a criterion. */
  readonly scorecard: LensScorecard;
  /** qualifyDeal's judgement of that lens; null when qualifyDeal read none (a won or lost deal). */
  readonly judgement: LensJudgement | null;
}

function qualifyOptionsOf(options: RankDealOptions) {
  return { asOf: options.asOf, settings: { ...DEFAULT_WORKSPACE_SETTINGS, ...options.settings } };
}

/** qualifyDeal and the lens scorecard of a saved deal, its lens's rules run once for both. */
export function readSavedDeal(deal: Deal, options: RankDealOptions): SavedDealReading {
  const qualifyOptions = qualifyOptionsOf(options);
  const lens = lensFor(deal, { defaultLens: options.settings?.defaultLens ?? DEFAULT_WORKSPACE_SETTINGS.defaultLens });
  let judgement: LensJudgement | null = null;
  const qualification = qualifyDeal(deal, qualifyOptions, (seen) => (judgement = seen));
  const judged = judgement as LensJudgement | null;
  const scorecard = judged?.lens === lens ? scorecardOfJudgement(judged, false) : scoreLens(deal, lens, qualifyOptions);
  return { qualification, scorecard, judgement: judged?.lens === lens ? judged : null };
}

/**
 * The one ranking of a deal's next best actions: the side panel shows its first five, `dealmap
 * report` its first five per deal and the heaviest across deals. Reads the deal through its lens
 * (lensFor), adds the lens's candidates, and counts lens progress like score points, so an action
 * that only raises a criterion ranks too, and every why names the criteria it raises. Pure and
 * deterministic; throws a RangeError only when `asOf` is not a real date. `saved` is
 * readSavedDeal's reading of this deal with these options, when the caller has it already.
 */
export function rankDealActions(deal: Deal, options: RankDealOptions, saved: SavedDealReading = readSavedDeal(deal, options)): NextAction[] {
  const { amountWeight } = options;
  const qualifyOptions = qualifyOptionsOf(options);
  const lens = saved.scorecard.lens;
  // Placeholders read as answered: an action is ranked by what the customer's answer would change.
  const lensOptions = { ...qualifyOptions, placeholdersAsAnswered: true };
  const asAnswered = (candidate: Deal, judgement: LensJudgement | null | undefined): LensScorecard =>
    judgement?.lens === lens ? scorecardOfJudgement(judgement, true) : scoreLens(candidate, lens, lensOptions);
  // The saved deal is scored once here and reused by the ranking.
  const savedAsAnswered = asAnswered(deal, saved.judgement);
  // A scratch deal's scorecard is read for its statuses only (rankNextActions): no evidence is written for it.
  const statusesAsAnswered = (candidate: Deal, judgement: LensJudgement | undefined): LensScorecard =>
    judgement?.lens === lens ? answeredStatusesOf(judgement) : asAnswered(candidate, judgement);
  return rankNextActions(deal, {
    ...qualifyOptions,
    ...(amountWeight === undefined ? {} : { amountWeight }),
    before: saved.qualification,
    ...(saved.judgement === null ? {} : { facts: saved.judgement.context.facts, judgement: saved.judgement }),
    extraCandidates: (context) => lensCandidates(context, saved.scorecard),
    lensScorecard: (candidate, judgement) => (candidate === deal ? savedAsAnswered : statusesAsAnswered(candidate, judgement)),
  });
}
