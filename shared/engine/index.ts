// The qualification engine's public surface, for the app, the hosts and the command line.
export { qualificationStage, qualifyDeal, summarizeQualification, type QualificationSummary } from './qualify-deal';
export { compareGaps, GAP_SEVERITY_ORDER, sortGaps } from './gap-order';
export { GAP_CATALOG, type GapCodeInfo } from './gap-catalog';
export {
  explainScore,
  LOST_SCORE,
  SCORE_CRITERIA,
  WON_SCORE,
  type ScoreCriterion,
  type ScoreCriterionId,
  type ScoreExplanation,
  type ScoreLine,
} from './score';
export {
  analyzeInfluence,
  buildInfluenceGraph,
  strongestPath,
  strongestPathsFrom,
  type DecisionMakerInfluence,
  type InfluenceAnalysis,
  type InfluenceGraph,
  type InfluencePath,
  type SaboteurInfluence,
  type SaboteurThreat,
} from './influence';
export { STALE_AFTER_DAYS } from './review-date';
export * from './types';
export { coachingQuestions, type CoachingDeal } from './coaching-questions';
