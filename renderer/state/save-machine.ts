// The one save/conflict machine of the page (deals and coaching): a pure step function over save phases.

/**
 * - idle: nothing edited since it was read;
 * - pending: edits wait for the typing pause (or a flush);
 * - saving: a save is in flight (`dirty` says whether newer edits wait behind it);
 * - saved: the file holds every edit;
 * - conflict: the file changed elsewhere: nothing is sent until the user answers (retry);
 * - failed: the last save failed, or the edits break the file format: the next edit or a retry sends again.
 */
export type SavePhase = 'idle' | 'pending' | 'saving' | 'saved' | 'conflict' | 'failed';

export interface SaveProblem {
  /** invalid: the edits break the format; failed: the host refused or could not be reached; diverged: a conflict whose text changed on both sides. */
  readonly kind: 'invalid' | 'failed' | 'conflict' | 'diverged';
  readonly message: string;
}

export interface SaveMachine {
  readonly phase: SavePhase;
  /** Edits newer than the last save sent. */
  readonly dirty: boolean;
  readonly problem: SaveProblem | null;
}

export type SaveEvent =
  | { readonly type: 'edited' }
  /** A save left with every edit so far. */
  | { readonly type: 'sent' }
  | { readonly type: 'saved' }
  | { readonly type: 'refused'; readonly conflict: boolean; readonly message: string }
  /** The edits cannot be written as they are; they stay, unsent. */
  | { readonly type: 'invalid'; readonly message: string }
  /** After a conflict: the text differs from both sides; still halted, with a new reason. */
  | { readonly type: 'diverged'; readonly message: string }
  /** The user asks again (retry, keep mine, a reload that found no clash). */
  | { readonly type: 'retry' };

export const IDLE_SAVE: SaveMachine = { phase: 'idle', dirty: false, problem: null };

/** The machine after `event`; the same object when nothing changes. */
export function saveStep(machine: SaveMachine, event: SaveEvent): SaveMachine {
  switch (event.type) {
    case 'edited':
      // A conflict holds every edit until the user answers; a save in flight keeps its phase.
      if (machine.phase === 'conflict' || machine.phase === 'saving') return machine.dirty ? machine : { ...machine, dirty: true };
      return { phase: 'pending', dirty: true, problem: null };
    case 'sent':
      return { phase: 'saving', dirty: false, problem: null };
    case 'saved':
      return machine.dirty ? { phase: 'pending', dirty: true, problem: null } : { phase: 'saved', dirty: false, problem: null };
    case 'refused':
      return {
        phase: event.conflict ? 'conflict' : 'failed',
        dirty: true,
        problem: { kind: event.conflict ? 'conflict' : 'failed', message: event.message },
      };
    case 'invalid':
      return { phase: 'failed', dirty: true, problem: { kind: 'invalid', message: event.message } };
    case 'diverged':
      return { phase: 'conflict', dirty: true, problem: { kind: 'diverged', message: event.message } };
    case 'retry':
      return machine.dirty || machine.phase === 'conflict' || machine.phase === 'failed' ? { phase: 'pending', dirty: true, problem: null } : machine;
  }
}

/** A save may leave now: edits wait, and no conflict holds them. */
export function maySend(machine: SaveMachine): boolean {
  return machine.dirty && machine.phase !== 'conflict';
}

/** Edits not in the file yet: waiting, in flight, refused or invalid. */
export function hasUnsavedEdits(machine: SaveMachine): boolean {
  return machine.dirty || machine.phase === 'saving';
}

/** Still getting there: only a machine pending or saving is on its way; any other unsaved one is stuck. */
export function isUnderway(machine: SaveMachine): boolean {
  return machine.phase === 'pending' || machine.phase === 'saving';
}
