// Saves the open deal shortly after each change: one save in flight, newer edits never lost.
import type { Deal } from '../../shared/model/deal-schema';
import { validateDeal } from '../../shared/model/validation';
import { ApiError, errorMessage } from '../api/dealmap-client';

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

export class Autosaver {
  private latest: Deal | null = null;
  private dirty = false;
  private sending = false;
  private halted = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private reported: SaveStatus = { kind: 'saved' };

  /**
   * `base` is the deal as the file held it when the first edit was made; each successful save
   * replaces it, so a file changed behind the app's back is caught even at the same revision.
   */
  constructor(
    private readonly target: AutosaveTarget,
    private readonly delayMs = 400,
    private base: Deal | null = null,
  ) {}

  /** The last status reported: a deal opened again shows where its saves stand. */
  get status(): SaveStatus {
    return this.reported;
  }

  /** Edits not on disk yet: waiting for the pause, being sent, refused or invalid. */
  get hasUnsavedChanges(): boolean {
    return this.dirty || this.sending;
  }

  /** The working copy whose edits are not on disk yet, or null when everything is saved. */
  get unsavedDeal(): Deal | null {
    return this.hasUnsavedChanges ? this.latest : null;
  }

  /** The working copy is now `deal`: save it once the edits pause for `delayMs`. */
  changed(deal: Deal): void {
    this.latest = deal;
    if (this.halted) return;
    this.dirty = true;
    this.report({ kind: 'saving' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), this.delayMs);
  }

  /** Saves pending edits now; resolves once every queued save has answered. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    return this.run();
  }

  /** Stops the timer; a save already sent still answers. */
  dispose(): void {
    clearTimeout(this.timer);
  }

  private report(status: SaveStatus): void {
    this.reported = status;
    this.target.report(status);
  }

  private run(): Promise<void> {
    // Chaining serialises the saves: each starts from the revision the previous one returned.
    this.queue = this.queue.then(() => this.saveOnce());
    return this.queue;
  }

  private async saveOnce(): Promise<void> {
    const sent = this.latest;
    if (!this.dirty || this.halted || !sent) return;
    const validation = validateDeal(sent);
    if (!validation.ok) {
      const issue = validation.issues[0];
      this.report({
        kind: 'invalid',
        message: issue ? `${issue.path}: ${issue.message}` : 'the deal is not valid',
      });
      return;
    }
    this.dirty = false;
    this.sending = true;
    let saved: Deal;
    try {
      saved = await this.target.save(sent, this.base);
    } catch (error) {
      this.sending = false;
      this.dirty = true;
      const conflict = error instanceof ApiError && error.code === 'conflict';
      if (conflict) this.halted = true;
      this.report({ kind: 'failed', message: errorMessage(error), conflict });
      return;
    }
    this.sending = false;
    this.base = saved;
    this.latest = adoptRevision(this.latest ?? sent, saved);
    this.target.adopt(saved);
    this.report(this.dirty ? { kind: 'saving' } : { kind: 'saved' });
  }
}
