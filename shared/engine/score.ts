// The score: points for each qualification criterion an open deal meets, kept as data to explain it.
import type { Deal } from '../model/deal-schema';
import { collectDealFacts, type DealFacts } from './deal-facts';

export interface ScoreCriterion {
  readonly id: string;
  readonly label: string;
  readonly points: number;
}

/** An open deal scores the sum of the points of the criteria it meets; they add up to 100. */
export const SCORE_CRITERIA = [
  { id: 'need-confirmed', label: 'The need is confirmed', points: 20 },
  { id: 'interest-shown', label: 'Someone is at general-info interest or higher', points: 15 },
  { id: 'benefits-discussed', label: 'Someone is at discussing-benefits interest or higher', points: 10 },
  { id: 'decision-maker-known', label: 'A decision-maker is in the buying center', points: 10 },
  { id: 'decision-maker-engaged', label: 'A decision-maker is at general-info interest or higher', points: 10 },
  {
    id: 'ally-reaches-decision-maker',
    label: 'A supporter or champion reaches a decision-maker, or a decision-maker is one',
    points: 10,
  },
  { id: 'saboteurs-checked', label: 'No unchecked saboteur and no saboteur decision-maker', points: 10 },
  { id: 'multi-threaded', label: 'Two or more stakeholders at general-info interest or higher', points: 5 },
  { id: 'benefit-named', label: 'The value case names a benefit', points: 5 },
  { id: 'savings-given', label: 'The value case gives a front-end or back-end saving', points: 5 },
] as const satisfies readonly ScoreCriterion[];

export type ScoreCriterionId = (typeof SCORE_CRITERIA)[number]['id'];

/** A won deal scores 100 and a lost one 0, whatever the criteria say. */
export const WON_SCORE = 100;
export const LOST_SCORE = 0;

const CRITERION_MET: Record<ScoreCriterionId, (facts: DealFacts) => boolean> = {
  'need-confirmed': (facts) => facts.deal.need.confirmed,
  'interest-shown': (facts) => facts.engaged.length > 0,
  'benefits-discussed': (facts) => facts.discussingBenefits.length > 0,
  'decision-maker-known': (facts) => facts.decisionMakers.length > 0,
  'decision-maker-engaged': (facts) => facts.decisionMakerEngaged,
  'ally-reaches-decision-maker': (facts) => facts.allyReachesDecisionMaker,
  'saboteurs-checked': (facts) =>
    facts.uncheckedSaboteurs.length === 0 && facts.saboteurDecisionMakers.length === 0,
  'multi-threaded': (facts) => facts.engaged.length >= 2,
  'benefit-named': (facts) => facts.benefitNamed,
  'savings-given': (facts) => facts.savingsGiven,
};

export interface ScoreLine extends ScoreCriterion {
  readonly id: ScoreCriterionId;
  readonly met: boolean;
}

export interface ScoreExplanation {
  readonly score: number;
  /** `status` for won and lost deals, whose score the criteria do not decide. */
  readonly basis: 'criteria' | 'status';
  /** Every criterion in SCORE_CRITERIA order, met or not. */
  readonly lines: readonly ScoreLine[];
}

export function scoreLines(facts: DealFacts): ScoreLine[] {
  return SCORE_CRITERIA.map((criterion) => ({ ...criterion, met: CRITERION_MET[criterion.id](facts) }));
}

function scoreOf(facts: DealFacts, lines: readonly ScoreLine[]): number {
  if (facts.deal.status === 'won') return WON_SCORE;
  if (facts.deal.status === 'lost') return LOST_SCORE;
  return lines.reduce((sum, line) => sum + (line.met ? line.points : 0), 0);
}

export function scoreFromFacts(facts: DealFacts): number {
  if (facts.deal.status !== 'open') return scoreOf(facts, []);
  let score = 0;
  for (const criterion of SCORE_CRITERIA) {
    if (CRITERION_MET[criterion.id](facts)) score += criterion.points;
  }
  return score;
}

/** The score and the criteria behind it, for the side panel and the README. */
export function explainScore(deal: Deal): ScoreExplanation {
  const facts = collectDealFacts(deal);
  const lines = scoreLines(facts);
  return { score: scoreOf(facts, lines), basis: deal.status === 'open' ? 'criteria' : 'status', lines };
}
