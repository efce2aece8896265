// Saves the open deal shortly after each change through the save machine: one save in flight, newer edits never lost.
import type { Deal } from '../../shared/model/deal-schema';
import { validateDeal } from '../../shared/model/validation';
import { ApiError, errorMessage } from '../api/dealmap-client';
import { SaveLoop } from './save-loop';
import { hasUnsavedEdits, IDLE_SAVE, maySend, saveStep, type SaveEvent, type SaveMachine } from './save-machine';

export type SaveStatus =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  /** The working copy breaks the file format (an emptied name): kept locally, not written. */
  | { readonly kind: 'invalid'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string; readonly conflict: boolean };

export interface AutosaveTarget {
  /** Writes `deal` over `base`, the deal as last read or written (null: the revision check only). */
  save(deal: Deal, base: Deal | null): Promise<Deal>;
  /** A save succeeded as `saved`; the working copy, edited since or not, takes `saved.revision`. */
  adopt(saved: Deal): void;
  report(status: SaveStatus): void;
}

/**
 * Gives the working copy the revision the host just wrote. Its content stays as it is: the host
 * trims names, and taking them back would eat the space a user typed before pausing.
 */
export function adoptRevision(working: Deal, saved: Deal): Deal {
  return { ...working, revision: saved.revision, updatedAt: saved.updatedAt };
}

/** What the map's status line shows for a deal's save machine. */
export function dealSaveStatus(machine: SaveMachine): SaveStatus {
  switch (machine.phase) {
    case 'idle':
    case 'saved':
      return SAVED;
    case 'pending':
    case 'saving':
      return SAVING;
    case 'conflict':
      return { kind: 'failed', message: machine.problem?.message ?? '', conflict: true };
    case 'failed':
      return machine.problem?.kind === 'invalid'
        ? { kind: 'invalid', message: machine.problem.message }
        : { kind: 'failed', message: machine.problem?.message ?? '', conflict: false };
  }
}

const SAVED: SaveStatus = { kind: 'saved' };
const SAVING: SaveStatus = { kind: 'saving' };

/** One deal's saves: the save machine, driven by a typing pause and a queue. */
export class Autosaver {
  private latest: Deal | null = null;
  private machine: SaveMachine = IDLE_SAVE;
  private readonly loop: SaveLoop<'deal'>;

  /**
   * `base` is the deal as the file held it when the first edit was made; each successful save
   * replaces it, so a file changed behind the app's back is caught even at the same revision.
   */
  constructor(
    private readonly target: AutosaveTarget,
    delayMs = 400,
    private base: Deal | null = null,
  ) {
    this.loop = new SaveLoop(delayMs, () => this.saveOnce());
  }

  /** Where this deal's saves stand: a deal opened again shows it. */
  get status(): SaveStatus {
    return dealSaveStatus(this.machine);
  }

  /** Edits not on disk yet: waiting for the pause, being sent, refused or invalid. */
  get hasUnsavedChanges(): boolean {
    return hasUnsavedEdits(this.machine);
  }

  /** The deal as this app last read or wrote its file (null: not known): a file still holding it was not changed by anyone else. */
  get lastOnDisk(): Deal | null {
    return this.base;
  }

  /** The working copy whose edits are not on disk yet, or null when everything is saved. */
  get unsavedDeal(): Deal | null {
    return this.hasUnsavedChanges ? this.latest : null;
  }

  /** The working copy is now `deal`: save it once the edits pause. A conflict holds it unsent. */
  changed(deal: Deal): void {
    this.latest = deal;
    this.step({ type: 'edited' });
    if (this.machine.phase === 'conflict') return;
    this.loop.schedule('deal');
  }

  /** Saves pending edits now; resolves once every queued save has answered. */
  flush(): Promise<void> {
    return this.loop.run('deal');
  }

  /** Stops the timer; a save already sent still answers. */
  dispose(): void {
    this.loop.dispose();
  }

  private step(event: SaveEvent): void {
    const before = this.machine;
    this.machine = saveStep(before, event);
    // A conflict swallows edits silently: the status line already asks the user to answer it.
    if (event.type === 'edited' && before.phase === 'conflict') return;
    this.target.report(this.status);
  }

  private async saveOnce(): Promise<void> {
    const sent = this.latest;
    if (!maySend(this.machine) || !sent) return;
    const validation = validateDeal(sent);
    if (!validation.ok) {
      const issue = validation.issues[0];
      this.step({ type: 'invalid', message: issue ? `${issue.path}: ${issue.message}` : 'the deal is not valid' });
      return;
    }
    this.machine = saveStep(this.machine, { type: 'sent' });
    let saved: Deal;
    try {
      saved = await this.target.save(sent, this.base);
    } catch (error) {
      this.step({ type: 'refused', conflict: error instanceof ApiError && error.code === 'conflict', message: errorMessage(error) });
      return;
    }
    this.base = saved;
    this.latest = adoptRevision(this.latest ?? sent, saved);
    this.target.adopt(saved);
    this.step({ type: 'saved' });
  }
}
