// Next best actions: candidate moves from a deal's gaps, scored through what-if and ranked.
export {
  ACTION_KINDS,
  type ActionCandidate,
  type ActionKind,
  type CandidateContext,
  type CandidateGenerator,
  type NextAction,
} from './action-types';
export { amountFactor, explainGain, rankNextActions, type RankOptions } from './rank-next-actions';
