// The ranking as it was before it reused the saved deal's reading: every lens and qualification computed afresh, for equivalence tests.
import { lensCandidates } from '../../../shared/actions/lens-candidates';
import type { RankDealOptions } from '../../../shared/actions/rank-deal-actions';
import { rankNextActions } from '../../../shared/actions/rank-next-actions';
import type { NextAction } from '../../../shared/actions/action-types';
import { lensFor, scoreLens } from '../../../shared/lenses/score-lens';
import type { LensScorecard } from '../../../shared/lenses/lens-types';
import type { Deal } from '../../../shared/model/deal-schema';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../../shared/settings/workspace-settings';

/** rankDealActions as written before the reuse (commit aaee0f0), line for line. */
export function referenceRankDealActions(deal: Deal, options: RankDealOptions): NextAction[] {
  const { asOf, settings = {}, amountWeight } = options;
  const lens = lensFor(deal, { defaultLens: settings.defaultLens ?? DEFAULT_WORKSPACE_SETTINGS.defaultLens });
  const qualifyOptions = { asOf, settings: { ...DEFAULT_WORKSPACE_SETTINGS, ...settings } };
  const lensOptions = { ...qualifyOptions, placeholdersAsAnswered: true };
  const saved = scoreLens(deal, lens, lensOptions);
  // Ignores the judgement rankNextActions offers: each scratch deal's lens is scored from scratch.
  const lensScorecard = (candidate: Deal): LensScorecard => (candidate === deal ? saved : scoreLens(candidate, lens, lensOptions));
  return rankNextActions(deal, {
    ...qualifyOptions,
    ...(amountWeight === undefined ? {} : { amountWeight }),
    extraCandidates: (context) => lensCandidates(context, scoreLens(deal, lens, qualifyOptions)),
    lensScorecard,
  });
}
