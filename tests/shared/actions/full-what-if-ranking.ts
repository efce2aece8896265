// The ranking as main had it before the incremental what-if (commit fc770df), every candidate simulated in full: the equality tests' reference.
import type { ActionCandidate, CandidateContext, NextAction } from '../../../shared/actions/action-types';
import { candidateGeneratorsFor } from '../../../shared/actions/candidate-generators';
import { compareCriteria } from '../../../shared/actions/criteria-changes';
import { lensCandidates } from '../../../shared/actions/lens-candidates';
import type { RankDealOptions } from '../../../shared/actions/rank-deal-actions';
import { amountFactor, explainGain } from '../../../shared/actions/rank-next-actions';
import { collectDealFacts } from '../../../shared/engine/deal-facts';
import { compareIds } from '../../../shared/engine/influence';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import type { Qualification } from '../../../shared/engine/types';
import { lensFor, lensProgress, scoreLens } from '../../../shared/lenses/score-lens';
import type { Deal } from '../../../shared/model/deal-schema';
import { livePlaceholders } from '../../../shared/model/placeholders';
import { engineSettingsOf } from '../../../shared/settings/engine-settings';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../../shared/settings/workspace-settings';
import { applyMovesWithReport } from '../../../shared/whatif/apply-moves';
import { compareQualifications } from '../../../shared/whatif/compare-qualifications';

function countBlockers(qualification: Qualification): number {
  return qualification.gaps.filter((gap) => gap.severity === 'blocker').length;
}

function mergeCandidates(builtIn: readonly ActionCandidate[], extra: readonly ActionCandidate[]): ActionCandidate[] {
  const ids = new Set(builtIn.map((candidate) => candidate.id));
  const moves = new Set(builtIn.map((candidate) => JSON.stringify(candidate.moves)));
  const merged = [...builtIn];
  for (const candidate of extra) {
    const key = JSON.stringify(candidate.moves);
    if (ids.has(candidate.id) || moves.has(key)) continue;
    ids.add(candidate.id);
    moves.add(key);
    merged.push(candidate);
  }
  return merged;
}

/**
 * rankDealActions with nothing reused: the saved deal qualified and scored afresh, each candidate's moves applied
 * with the map laid out, the scratch deal's facts collected from nothing, qualified and scored by its lens in full.
 */
export function rankDealActionsFull(deal: Deal, options: RankDealOptions): NextAction[] {
  const { asOf, settings = {}, amountWeight } = options;
  const qualifyOptions = { asOf, settings: { ...DEFAULT_WORKSPACE_SETTINGS, ...settings } };
  const lens = lensFor(deal, { defaultLens: settings.defaultLens ?? DEFAULT_WORKSPACE_SETTINGS.defaultLens });
  const lensOptions = { ...qualifyOptions, placeholdersAsAnswered: true };
  const generators = candidateGeneratorsFor(deal.status);
  if (generators.length === 0) return [];
  const weights = qualifyOptions.settings.actionWeights;
  const simulateOptions = { asOf, settings: engineSettingsOf(qualifyOptions) };
  const before = qualifyDeal(deal, qualifyOptions);
  const context: CandidateContext = {
    deal,
    facts: collectDealFacts(deal),
    qualification: before,
    asOf,
    singleThreadMinEngaged: simulateOptions.settings.singleThreadMinEngaged,
  };
  const candidates = mergeCandidates(
    generators.flatMap((generate) => generate(context)),
    deal.status === 'open' ? lensCandidates(context, scoreLens(deal, lens, qualifyOptions)) : [],
  );
  const factor = amountFactor(deal.amount, amountWeight);
  const scorecardBefore = scoreLens(deal, lens, lensOptions);
  const blockersBefore = countBlockers(before);
  const placeholdersBefore = livePlaceholders(deal).length;
  const actions: NextAction[] = [];
  for (const candidate of candidates) {
    const scratch = applyMovesWithReport(deal, candidate.moves).deal;
    if (scratch === deal) continue;
    const after = qualifyDeal(scratch, simulateOptions);
    const diff = compareQualifications(before, after);
    const blockersCleared = Math.max(0, blockersBefore - countBlockers(after));
    const scoreGain = diff.scoreChange;
    const scorecardAfter = scoreLens(scratch, lens, lensOptions);
    const criteriaGain = lensProgress(scorecardAfter) - lensProgress(scorecardBefore);
    const criteriaChanged = compareCriteria(scorecardBefore, scorecardAfter);
    const gains = blockersCleared > 0 || scoreGain > 0 || criteriaGain > 0 || diff.gapsClosed.length > diff.gapsOpened.length;
    if (!gains) continue;
    const weight = (blockersCleared * weights.blocker + (scoreGain + criteriaGain) * weights.score) * factor;
    const placeholders = Math.max(0, livePlaceholders(scratch).length - placeholdersBefore);
    const why = explainGain(diff, criteriaGain, criteriaChanged, placeholders);
    actions.push({ ...candidate, why, blockersCleared, scoreGain, criteriaGain, criteriaChanged, placeholders, weight });
  }
  return actions.sort((a, b) => b.weight - a.weight || compareIds(a.id, b.id));
}
