// Next best actions: candidate moves from a deal's gaps and lens, scored through what-if and ranked.
export {
  ACTION_KINDS,
  type ActionCandidate,
  type ActionKind,
  type CandidateContext,
  type CandidateGenerator,
  type CriterionChange,
  type NextAction,
} from './action-types';
export { amountFactor, explainGain, rankNextActions, type RankOptions } from './rank-next-actions';
export { rankDealActions, type RankDealOptions } from './rank-deal-actions';
export { lensCandidates } from './lens-candidates';
export {
  COMPETITOR_NOTE_PLACEHOLDER,
  DECISION_CRITERION_PLACEHOLDER,
  DECISION_STEP_PLACEHOLDER,
  METRIC_PLACEHOLDER,
  PAIN_PLACEHOLDER,
  PAPER_STEP_PLACEHOLDER,
  PERSONAL_STAKE_PLACEHOLDER,
  TIMEFRAME_EVENT_PLACEHOLDER,
  type LensCandidate,
} from './lens-candidate-kit';
export { localizePlaceholderMoves, type RenderPlaceholder } from './placeholder-texts';
