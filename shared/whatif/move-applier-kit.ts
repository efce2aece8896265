// What a move applier is, and the small helpers the appliers share.
import type { MapEditOptions } from '../edits/buying-center-edits';
import type { Deal } from '../model/deal-schema';
import type { WhatIfMove, WhatIfMoveKind } from './what-if-move';

export type MoveOf<K extends WhatIfMoveKind> = Extract<WhatIfMove, { kind: K }>;
/** How moves are applied: `layout: false` places nobody on the map (the ranking, which reads no position). */
export type ApplyMoveOptions = MapEditOptions;
/** Answers the next deal, or null when the move's target is not in the deal (the move is skipped). */
export type MoveApplier<K extends WhatIfMoveKind> = (deal: Deal, move: MoveOf<K>, options: ApplyMoveOptions) => Deal | null;
export type MoveAppliers<K extends WhatIfMoveKind> = { readonly [Kind in K]: MoveApplier<Kind> };

export function hasStakeholder(deal: Deal, id: string): boolean {
  return deal.stakeholders.some((person) => person.id === id);
}

/** Only the defined keys: a move's absent field leaves the deal's value alone. */
export function definedFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
