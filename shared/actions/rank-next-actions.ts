// Next best actions: every candidate run through what-if, ranked by blockers cleared and score gained.
import { collectDealFacts, type DealFacts } from '../engine/deal-facts';
import { compareIds } from '../engine/influence';
import { gapName } from '../engine/gap-name';
import { qualifyDeal } from '../engine/qualify-deal';
import type { Gap, Qualification, QualifyOptions } from '../engine/types';
import { lensProgress as progressOf } from '../lenses/score-lens';
import type { LensScorecard } from '../lenses/lens-types';
import type { LensJudgement } from '../lenses/score-lens';
import type { Deal } from '../model/deal-schema';
import { livePlaceholders } from '../model/placeholders';
import { engineSettingsOf, type EngineSettings } from '../settings/engine-settings';
import { DEFAULT_WORKSPACE_SETTINGS, type ActionWeights } from '../settings/workspace-settings';
import type { QualificationDiff } from '../whatif/compare-qualifications';
import { simulateMoves } from '../whatif/simulate-moves';
import type { ActionCandidate, CandidateContext, CriterionChange, NextAction } from './action-types';
import { candidateGeneratorsFor } from './candidate-generators';
import { compareCriteria, describeCriterionChange, type ClausePosition } from './criteria-changes';
import { messageRef, type MessageRef, type MessageValue } from '../i18n/message-ref';

export interface RankOptions extends QualifyOptions {
  /** The workspace's thresholds and action weights; the documented defaults when absent. */
  readonly settings?: Partial<EngineSettings> & { readonly actionWeights?: ActionWeights };
  /** How much the deal's amount counts (see amountFactor); 1 by default, 0 to ignore it. */
  readonly amountWeight?: number;
  /**
   * More candidates, for example a lens's, or a function making them from the same context the
   * built-in generators read; ranked with the built-in ones of an open deal.
   */
  readonly extraCandidates?: readonly ActionCandidate[] | ((context: CandidateContext) => readonly ActionCandidate[]);
  /**
   * The deal's lens scorecard: its progress (lensProgress) gained counts like score points, and
   * the why names the criteria raised. rankDealActions passes it; takes precedence over lensProgress.
   * For a scratch deal it also gets the lens as qualifyDeal judged it there, to reuse; only a
   * scorecard's criteria codes, labels and statuses are read.
   */
  readonly lensScorecard?: (deal: Deal, judgement?: LensJudgement) => LensScorecard;
  /** A lens's progress on a deal (higher is better), without a scorecard; its gain counts like score points. */
  readonly lensProgress?: (deal: Deal) => number;
  /** The saved deal's qualification and facts with the same options, when the caller has them. */
  readonly before?: Qualification;
  readonly facts?: DealFacts;
  /** The saved deal's lens judgement with the same options (qualifyDeal's `seen`): each scratch deal keeps the verdicts its moves leave standing. */
  readonly judgement?: LensJudgement;
}

/**
 * 1 for a deal without an amount, growing with the order of magnitude: 1 + w x log10(1 + amount) / 6,
 * so with the default w = 1 a deal of 1,000,000 counts twice as much as one of 0, and 10,000 counts
 * 1.67 times. It scales every action of a deal alike: it orders actions across deals (the report's
 * "Top actions across the workspace"), not within one. It is currency-blind on purpose, a known
 * simplification: 1,000,000 SEK and 1,000,000 EUR weigh the same. Being logarithmic, a tenfold
 * difference in amount moves the factor by only w/6, so a currency's exchange rate shifts a deal's
 * weight a little, never by the rate itself; Dealmap keeps no exchange rates to do better.
 */
export function amountFactor(amount: number | undefined, amountWeight = 1): number {
  return 1 + (amountWeight * Math.log10(1 + Math.max(0, amount ?? 0))) / 6;
}

function countBlockers(qualification: Qualification): number {
  return qualification.gaps.reduce((count, gap) => count + (gap.severity === 'blocker' ? 1 : 0), 0);
}

/** Each gap once, by its label in the reader's language. */
function codes(gaps: readonly Gap[]): MessageRef[] {
  return [...new Set(gaps.map((gap) => gap.code))].map(gapName);
}

function signed(value: number): string {
  return `${value > 0 ? '+' : ''}${value}`;
}

/**
 * "Clears “Saboteur unchecked”; score +12; stage prospect → qualified; raises Authority from missing
 * to identified", as a message: each clause a message, chained by `actions.why.then`, the first one
 * opening the sentence. The criteria changed are named when known, else the lens's gain as "lens +n".
 */
export function explainGain(
  diff: QualificationDiff,
  criteriaGain = 0,
  criteriaChanged: readonly CriterionChange[] = [],
  placeholders = 0,
): MessageRef {
  const clauses: ((position: ClausePosition) => MessageRef)[] = [];
  const say = (id: string, values: Record<string, MessageValue>) => clauses.push((position) => messageRef(`actions.why.${id}`, { position, ...values }));
  if (diff.gapsClosed.length > 0) say('clears', { codes: codes(diff.gapsClosed) });
  if (diff.gapsOpened.length > 0) say('opens', { codes: codes(diff.gapsOpened) });
  if (diff.scoreChange !== 0) say('score', { gain: signed(diff.scoreChange) });
  if (diff.stageAfter !== diff.stageBefore) say('stage', { before: diff.stageBefore, after: diff.stageAfter });
  if (criteriaChanged.length > 0) clauses.push(...criteriaChanged.map((change) => (position: ClausePosition) => describeCriterionChange(change, position)));
  else if (criteriaGain !== 0) say('lens', { gain: signed(criteriaGain) });
  if (placeholders > 0) say('placeholders', { count: placeholders });
  if (clauses.length === 0) return messageRef('actions.why.no-change');
  // "a; b; c" is then(a, then(b, c)): built from the last clause back to the first.
  return clauses
    .map((clause, index) => clause(index === 0 ? 'first' : 'rest'))
    .reduceRight((rest, clause) => messageRef('actions.why.then', { clause, rest }));
}

/**
 * The built-in candidates as they are, then the extra ones that repeat neither an id nor the exact
 * moves of an earlier candidate: a lens suggesting what a built-in action already does adds nothing.
 */
function mergeCandidates(builtIn: readonly ActionCandidate[], extra: readonly ActionCandidate[]): ActionCandidate[] {
  // Most deals have no extra candidate: then no move list is written out as a key.
  if (extra.length === 0) return [...builtIn];
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

/** The lens's measure of a deal: its progress, and its scorecard when there is one. */
type LensMeasure = (deal: Deal, judgement?: LensJudgement) => { readonly progress: number; readonly scorecard: LensScorecard | null };

function lensMeasure(options: Pick<RankOptions, 'lensScorecard' | 'lensProgress'>): LensMeasure | null {
  const { lensScorecard, lensProgress } = options;
  if (lensScorecard !== undefined) {
    return (deal, judgement) => {
      const scorecard = lensScorecard(deal, judgement);
      return { progress: progressOf(scorecard), scorecard };
    };
  }
  return lensProgress === undefined ? null : (deal) => ({ progress: lensProgress(deal), scorecard: null });
}

/**
 * Pure and deterministic. Open deals: the built-in candidates plus `extraCandidates` (see
 * mergeCandidates); won deals:
 * referral actions only; lost deals: none. Each candidate's moves are simulated; candidates whose
 * moves change nothing, and those that clear no blocker, gain no score or lens progress and close
 * no more gaps than they open, are dropped. The rest are sorted by weight (highest first), then id:
 * weight = (blockersCleared x weights.blocker + (scoreGain + criteriaGain) x weights.score) x amountFactor.
 */
export function rankNextActions(deal: Deal, options: RankOptions): NextAction[] {
  const { settings, amountWeight, extraCandidates = [], lensScorecard, lensProgress, before: known, facts, judgement: saved, ...qualifyOptions } = options;
  const generators = candidateGeneratorsFor(deal.status);
  if (generators.length === 0) return [];
  const weights = settings?.actionWeights ?? DEFAULT_WORKSPACE_SETTINGS.actionWeights;
  const engineSettings = engineSettingsOf({ settings });
  const simulateOptions = { ...qualifyOptions, settings: engineSettings };
  const before = known ?? qualifyDeal(deal, simulateOptions);
  const context: CandidateContext = {
    deal,
    facts: facts ?? collectDealFacts(deal),
    qualification: before,
    asOf: qualifyOptions.asOf,
    singleThreadMinEngaged: engineSettings.singleThreadMinEngaged,
  };
  const candidates = mergeCandidates(
    generators.flatMap((generate) => generate(context)),
    deal.status !== 'open' ? [] : typeof extraCandidates === 'function' ? extraCandidates(context) : extraCandidates,
  );
  const factor = amountFactor(deal.amount, amountWeight);
  const measure = lensMeasure({ lensScorecard, lensProgress });
  const lensBefore = measure?.(deal) ?? null;
  const blockersBefore = countBlockers(before);
  const placeholdersBefore = livePlaceholders(deal).length;
  const actions: NextAction[] = [];
  for (const candidate of candidates) {
    let judgement: LensJudgement | undefined;
    // Ranking reads no map position: laying out each scratch deal was most of a report's time.
    // The saved deal's buying-center facts serve every candidate that leaves its people and relations as they are.
    const simulation = simulateMoves(deal, candidate.moves, {
      ...simulateOptions,
      before,
      layout: false,
      gapsChanged: false,
      sameBuyingCenter: context.facts,
      ...(saved === undefined ? {} : { earlierJudgement: saved }),
      lensJudged: (seen) => (judgement = seen),
    });
    if (simulation.deal === deal) continue;
    const { diff } = simulation;
    const blockersCleared = Math.max(0, blockersBefore - countBlockers(simulation.qualification));
    const scoreGain = diff.scoreChange;
    const lensAfter = measure?.(simulation.deal, judgement) ?? null;
    const criteriaGain = lensAfter === null || lensBefore === null ? 0 : lensAfter.progress - lensBefore.progress;
    const criteriaChanged =
      lensBefore?.scorecard && lensAfter?.scorecard ? compareCriteria(lensBefore.scorecard, lensAfter.scorecard) : [];
    const gains = blockersCleared > 0 || scoreGain > 0 || criteriaGain > 0 || diff.gapsClosed.length > diff.gapsOpened.length;
    if (!gains) continue;
    const weight = (blockersCleared * weights.blocker + (scoreGain + criteriaGain) * weights.score) * factor;
    const placeholders = Math.max(0, livePlaceholders(simulation.deal).length - placeholdersBefore);
    const why = explainGain(diff, criteriaGain, criteriaChanged, placeholders);
    actions.push({ ...candidate, why, blockersCleared, scoreGain, criteriaGain, criteriaChanged, placeholders, weight });
  }
  return actions.sort((a, b) => b.weight - a.weight || compareIds(a.id, b.id));
}
