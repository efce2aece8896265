// The lens's own candidates: for each criterion below validated, a move that raises it one status.
import type { LensScorecard } from '../lenses/lens-types';
import type { LensId } from '../model/vocabulary';
import type { CandidateContext } from './action-types';
import type { LensCandidate, LensCandidateRule } from './lens-candidate-kit';
import { raiseBudget, raiseTimeframe } from './lens-money-candidates';
import { raiseDecisionCriteria, raiseIdentifiedPain, raiseMetrics } from './lens-measure-candidates';
import { raiseAuthority, raiseChampion, raiseEconomicBuyer } from './lens-people-candidates';
import { raiseCompetition, raiseDecisionProcess, raisePaperProcess } from './lens-process-candidates';
import { raiseReferrals } from './lens-referral-candidates';

/**
 * The rule per criterion. A criterion without a rule is raised by the built-in candidates, whose
 * why then names it too: need (confirm-need), interest (open-second-thread, deepen-interest),
 * decision involvement and a missing authority or economic buyer (name- and engage-decision-maker,
 * build-ally-path), value case (name-benefit, quantify-savings), referrals (ask-referral, once the
 * deal is won: nobody is asked for referrals before it).
 */
const RULES: Readonly<Record<LensId, Readonly<Record<string, LensCandidateRule>>>> = {
  // Saboteurs: where an unknown stance stands is the person's answer, so no Try writes one.
  'qualified-prospect': { referrals: raiseReferrals },
  bant: { budget: raiseBudget, authority: raiseAuthority, timeframe: raiseTimeframe },
  meddpicc: {
    metrics: raiseMetrics,
    'economic-buyer': raiseEconomicBuyer,
    'decision-criteria': raiseDecisionCriteria,
    'decision-process': raiseDecisionProcess,
    'paper-process': raisePaperProcess,
    'identified-pain': raiseIdentifiedPain,
    champion: raiseChampion,
    competition: raiseCompetition,
  },
};

/** In lens order; pure. Only open deals get them (rankNextActions ignores them otherwise). */
export function lensCandidates(context: CandidateContext, scorecard: LensScorecard): LensCandidate[] {
  const rules = RULES[scorecard.lens];
  return scorecard.criteria.flatMap((criterion) => {
    const rule = criterion.status === 'validated' ? undefined : rules[criterion.code];
    const candidate = rule?.(context, criterion) ?? null;
    return candidate === null ? [] : [candidate];
  });
}
