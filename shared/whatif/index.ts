// What-if: try moves on a scratch copy of a deal and see what they change, never touching the deal.
export {
  isWhatIfMove,
  WHAT_IF_MOVE_KINDS,
  whatIfMoveSchema,
  whatIfStakeholderSchema,
  type WhatIfMove,
  type WhatIfMoveKind,
  type WhatIfStakeholder,
} from './what-if-move';
export { applyMoves, applyMovesWithReport, type AppliedMoves } from './apply-moves';
export { compareQualifications, type QualificationDiff } from './compare-qualifications';
export { simulateMoves, type SimulateOptions, type Simulation } from './simulate-moves';
export { whatIfDifferences, type WhatIfDifference, type WhatIfDifferenceKind } from './what-if-differences';
