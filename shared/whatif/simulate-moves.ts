// What-if in one call: apply moves to a scratch copy, qualify it and compare with the saved deal.
import { qualifyDeal, type QualifyDealOptions } from '../engine/qualify-deal';
import type { Qualification } from '../engine/types';
import type { LensJudgement } from '../lenses/score-lens';
import type { Deal } from '../model/deal-schema';
import { applyMovesWithReport } from './apply-moves';
import { compareQualifications, type QualificationDiff } from './compare-qualifications';
import type { WhatIfMove } from './what-if-move';

export interface SimulateOptions extends QualifyDealOptions {
  /** The saved deal's qualification with the same options, when the caller has it already. */
  readonly before?: Qualification;
  /** Receives the lens as qualifyDeal judged it on the scratch deal (see qualifyDeal's `seen`). */
  readonly lensJudged?: (judgement: LensJudgement) => void;
  /** false: the scratch deal's map positions are left as they are (see applyMovesWithReport); qualifying reads none. */
  readonly layout?: boolean;
  /** false: the diff's `gapsChanged` is left empty (see compareQualifications); for the ranking, which never reads it. */
  readonly gapsChanged?: boolean;
}

export interface Simulation {
  /** The scratch deal; the saved deal is never changed. */
  readonly deal: Deal;
  readonly qualification: Qualification;
  readonly diff: QualificationDiff;
  /** Positions of the moves that were skipped (see applyMovesWithReport). */
  readonly skipped: readonly number[];
}

/** Pure; throws a RangeError, like qualifyDeal, only when `options.asOf` is not a real date. */
export function simulateMoves(deal: Deal, moves: readonly WhatIfMove[], options: SimulateOptions): Simulation {
  const { before: known, lensJudged, layout, gapsChanged, ...qualifyOptions } = options;
  const before = known ?? qualifyDeal(deal, qualifyOptions);
  const applied = applyMovesWithReport(deal, moves, layout === undefined ? {} : { layout });
  const qualification = applied.deal === deal ? before : qualifyDeal(applied.deal, qualifyOptions, lensJudged);
  return {
    deal: applied.deal,
    qualification,
    diff: compareQualifications(before, qualification, gapsChanged === undefined ? {} : { gapsChanged }),
    skipped: applied.skipped,
  };
}
