// Next best actions: every candidate run through what-if, ranked by blockers cleared and score gained.
import { collectDealFacts } from '../engine/deal-facts';
import { compareIds } from '../engine/influence';
import { qualifyDeal } from '../engine/qualify-deal';
import type { Gap, Qualification, QualifyOptions } from '../engine/types';
import type { Deal } from '../model/deal-schema';
import { engineSettingsOf, type EngineSettings } from '../settings/engine-settings';
import { DEFAULT_WORKSPACE_SETTINGS, type ActionWeights } from '../settings/workspace-settings';
import type { QualificationDiff } from '../whatif/compare-qualifications';
import { simulateMoves } from '../whatif/simulate-moves';
import type { ActionCandidate, NextAction } from './action-types';
import { candidateGeneratorsFor } from './candidate-generators';

export interface RankOptions extends QualifyOptions {
  /** The workspace's thresholds and action weights; the documented defaults when absent. */
  readonly settings?: Partial<EngineSettings> & { readonly actionWeights?: ActionWeights };
  /** How much the deal's amount counts (see amountFactor); 1 by default, 0 to ignore it. */
  readonly amountWeight?: number;
  /** More candidates, for example a lens's; ranked with the built-in ones of an open deal. */
  readonly extraCandidates?: readonly ActionCandidate[];
  /** A lens's progress on a deal (higher is better); its gain counts like score points. */
  readonly lensProgress?: (deal: Deal) => number;
}

/**
 * 1 for a deal without an amount, growing with the order of magnitude: 1 + w x log10(1 + amount) / 6,
 * so with the default w = 1 a deal of 1,000,000 counts twice as much as one of 0, and 10,000 counts
 * 1.67 times. It scales every action of a deal alike: it orders actions across deals, not within one.
 */
export function amountFactor(amount: number | undefined, amountWeight = 1): number {
  return 1 + (amountWeight * Math.log10(1 + Math.max(0, amount ?? 0))) / 6;
}

function countBlockers(qualification: Qualification): number {
  return qualification.gaps.reduce((count, gap) => count + (gap.severity === 'blocker' ? 1 : 0), 0);
}

function codes(gaps: readonly Gap[]): string {
  const unique = [...new Set(gaps.map((gap) => gap.code))];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1] ?? ''}`;
}

/** "Clears saboteur-unchecked; score +12; stage prospect → qualified". */
export function explainGain(diff: QualificationDiff, criteriaGain = 0): string {
  const parts: string[] = [];
  if (diff.gapsClosed.length > 0) parts.push(`clears ${codes(diff.gapsClosed)}`);
  if (diff.gapsOpened.length > 0) parts.push(`opens ${codes(diff.gapsOpened)}`);
  if (diff.scoreChange !== 0) parts.push(`score ${diff.scoreChange > 0 ? '+' : ''}${diff.scoreChange}`);
  if (diff.stageAfter !== diff.stageBefore) parts.push(`stage ${diff.stageBefore} → ${diff.stageAfter}`);
  if (criteriaGain !== 0) parts.push(`lens ${criteriaGain > 0 ? '+' : ''}${criteriaGain}`);
  const text = parts.join('; ') || 'no change';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function uniqueById(candidates: readonly ActionCandidate[]): ActionCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => !seen.has(candidate.id) && seen.add(candidate.id) !== undefined);
}

/**
 * Pure and deterministic. Open deals: the built-in candidates plus `extraCandidates`; won deals:
 * referral actions only; lost deals: none. Each candidate's moves are simulated; candidates whose
 * moves change nothing, and those that clear no blocker, gain no score or lens progress and close
 * no more gaps than they open, are dropped. The rest are sorted by weight (highest first), then id:
 * weight = (blockersCleared x weights.blocker + (scoreGain + criteriaGain) x weights.score) x amountFactor.
 */
export function rankNextActions(deal: Deal, options: RankOptions): NextAction[] {
  const { settings, amountWeight, extraCandidates = [], lensProgress, ...qualifyOptions } = options;
  const generators = candidateGeneratorsFor(deal.status);
  if (generators.length === 0) return [];
  const weights = settings?.actionWeights ?? DEFAULT_WORKSPACE_SETTINGS.actionWeights;
  const engineSettings = engineSettingsOf({ settings });
  const simulateOptions = { ...qualifyOptions, settings: engineSettings };
  const before = qualifyDeal(deal, simulateOptions);
  const context = {
    deal,
    facts: collectDealFacts(deal),
    qualification: before,
    asOf: qualifyOptions.asOf,
    singleThreadMinEngaged: engineSettings.singleThreadMinEngaged,
  };
  const candidates = uniqueById([
    ...generators.flatMap((generate) => generate(context)),
    ...(deal.status === 'open' ? extraCandidates : []),
  ]);
  const factor = amountFactor(deal.amount, amountWeight);
  const progressBefore = lensProgress?.(deal) ?? 0;
  const blockersBefore = countBlockers(before);
  const actions: NextAction[] = [];
  for (const candidate of candidates) {
    const simulation = simulateMoves(deal, candidate.moves, { ...simulateOptions, before });
    if (simulation.deal === deal) continue;
    const { diff } = simulation;
    const blockersCleared = Math.max(0, blockersBefore - countBlockers(simulation.qualification));
    const scoreGain = diff.scoreChange;
    const criteriaGain = lensProgress === undefined ? 0 : lensProgress(simulation.deal) - progressBefore;
    const gains = blockersCleared > 0 || scoreGain > 0 || criteriaGain > 0 || diff.gapsClosed.length > diff.gapsOpened.length;
    if (!gains) continue;
    const weight = (blockersCleared * weights.blocker + (scoreGain + criteriaGain) * weights.score) * factor;
    actions.push({ ...candidate, why: explainGain(diff, criteriaGain), blockersCleared, scoreGain, criteriaGain, weight });
  }
  return actions.sort((a, b) => b.weight - a.weight || compareIds(a.id, b.id));
}
