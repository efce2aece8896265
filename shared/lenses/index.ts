// The methodology lenses' public surface: score a deal through qualified-prospect, BANT or MEDDPICC.
export { LENSES, lensFor, lensProgress, scoreLens, weakestLink } from './score-lens';
export {
  CRITERION_STATUSES,
  type CriterionEvidence,
  type CriterionResult,
  type CriterionStatus,
  type LensCriterion,
  type LensDefinition,
  type LensScorecard,
} from './lens-types';
export { criterionLabelRef } from './lens-meanings';
