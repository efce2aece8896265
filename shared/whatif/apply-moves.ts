// Applies what-if moves to a deal without touching it: every move yields a new deal or is skipped.
import type { Deal } from '../model/deal-schema';
import { BUYING_CENTER_APPLIERS } from './buying-center-move-appliers';
import type { ApplyMoveOptions, MoveApplier, MoveAppliers } from './move-applier-kit';
import { markMovePlaceholders } from './move-placeholders';
import { QUALIFICATION_FIELD_APPLIERS } from './qualification-move-appliers';
import { isWhatIfMove, type WhatIfMove, type WhatIfMoveKind } from './what-if-move';

export interface AppliedMoves {
  /** The input deal itself when no move changed anything. */
  readonly deal: Deal;
  /** Positions (in the input list) of the moves that were skipped. */
  readonly skipped: readonly number[];
}

const MOVE_APPLIERS: MoveAppliers<WhatIfMoveKind> = { ...BUYING_CENTER_APPLIERS, ...QUALIFICATION_FIELD_APPLIERS };

function applyOne(deal: Deal, move: WhatIfMove, options: ApplyMoveOptions): Deal | null {
  const applier = MOVE_APPLIERS[move.kind] as MoveApplier<typeof move.kind>;
  const next = applier(deal, move, options);
  return next === null ? null : markMovePlaceholders(deal, next, move);
}

/**
 * Applies the moves in order; each sees the deal the previous ones left. A move is skipped, and
 * the deal kept as it was, when it is malformed (fails `whatIfMoveSchema`, see isWhatIfMove), when the stakeholder,
 * relation, metric, decision criterion, competitor or process step it names (`confirmedBy` included) is not in the deal at
 * that point (removed by an earlier move, or by an edit made since the move was suggested), when `add-stakeholder` names an id already
 * taken, when `add-influence` joins someone to themself, and when `set-relation-strength` targets
 * a `reports-to` relation. A move that sets a value already there changes nothing and is not
 * skipped. Never mutates `deal`; answers `deal` itself when nothing changed. With `layout: false`
 * the deal's map positions are left as they are, a newcomer placed nowhere: for the ranking only,
 * which reads no position; the app's what-if keeps the default and shows everyone on the map.
 */
export function applyMovesWithReport(deal: Deal, moves: readonly WhatIfMove[], options: ApplyMoveOptions = {}): AppliedMoves {
  let current = deal;
  const skipped: number[] = [];
  moves.forEach((move, index) => {
    const next = isWhatIfMove(move) ? applyOne(current, move, options) : null;
    if (next === null) skipped.push(index);
    else current = next;
  });
  return { deal: current, skipped };
}

/** The deal with the moves applied (see applyMovesWithReport for which moves are skipped). */
export function applyMoves(deal: Deal, moves: readonly WhatIfMove[]): Deal {
  return applyMovesWithReport(deal, moves).deal;
}
