// Deal files changed on disk by someone else: the list and pipeline list again, the open deal follows, or shows the conflict.
import { contentFingerprint } from '../../shared/model/content-fingerprint';
import type { Deal } from '../../shared/model/deal-schema';
import { ApiError, errorMessage, type DealmapClient } from '../api/dealmap-client';
import type { AppState } from './app-state';
import type { DealSavers } from './deal-savers';
import type { StateContainer } from './state-container';

/** Where deal files are, relative to the workspace, as pushed changes name them. */
const DEALS_FOLDER = 'deals';

/** The content a user would call "the deal": revision and save time are the file's bookkeeping. */
function sameContent(a: Deal, b: Deal): boolean {
  return contentFingerprint({ ...a, revision: 0, updatedAt: '' }) === contentFingerprint({ ...b, revision: 0, updatedAt: '' });
}

export interface OutsideChangeActions {
  readonly relist: () => Promise<void>;
  /** Patches the list with just these deal files, read again. */
  readonly relistFiles: (files: readonly string[]) => Promise<void>;
  readonly show: (deal: Deal | null) => void;
}

export function createOutsideChanges(client: DealmapClient, { get, set }: StateContainer<AppState>, savers: DealSavers, actions: OutsideChangeActions) {
  /** The open deal's file changed: follow it when nothing is unsaved, else keep both versions for the user to choose. */
  async function checkOpenDeal(id: string): Promise<void> {
    // A save of ours under way is the likely cause: let it answer first.
    await savers.existing(id)?.flush();
    let onDisk: Deal | null;
    try {
      onDisk = await client.getDeal({ id });
    } catch (error) {
      if (!(error instanceof ApiError && (error.code === 'not-found' || error.code === 'unreadable-file'))) throw error;
      onDisk = null;
    }
    const state = get();
    if (state.deal?.id !== id) return;
    const mine = state.whatIf?.saved ?? state.deal;
    if (onDisk !== null && sameContent(onDisk, mine)) return;
    // The file as this app last wrote or read it: the push was for our own save, and an edit made since saves as usual.
    const known = savers.existing(id)?.lastOnDisk ?? null;
    if (onDisk !== null && known !== null && onDisk.revision === known.revision && sameContent(onDisk, known)) return;
    const unsaved = savers.existing(id)?.unsavedDeal ?? null;
    if (unsaved === null && state.whatIf === null && onDisk !== null) {
      // Nothing of the user's is lost: the deal on screen becomes the file's version.
      savers.forget(id);
      actions.show(onDisk);
      return;
    }
    set((s) => ({ ...s, outsideChange: { dealId: id, onDisk } }));
  }

  return {
    /** Called for every push from the host: deal files added, changed or removed by anyone. */
    async changed(files: readonly string[]): Promise<void> {
      // Named deal files: only they are read again; anything else (settings, a whole folder): everything.
      const dealFiles = files.filter((file) => file.startsWith(`${DEALS_FOLDER}/`) && file.endsWith('.json'));
      if (dealFiles.length === files.length && dealFiles.length > 0) await actions.relistFiles(dealFiles);
      else await actions.relist();
      const open = get().deal;
      if (!open) return;
      if (files.includes(`${DEALS_FOLDER}/${open.id}.json`) || files.includes(DEALS_FOLDER)) {
        await checkOpenDeal(open.id).catch((error: unknown) => set((s) => ({ ...s, loadError: errorMessage(error) })));
      }
    },

    /** The user keeps their version: it is saved over the file's, as a new revision after it. */
    keepMine(): void {
      const { outsideChange, deal } = get();
      if (!outsideChange || !deal || deal.id !== outsideChange.dealId) return;
      const { onDisk } = outsideChange;
      set((s) => ({ ...s, outsideChange: null }));
      if (onDisk === null) return;
      savers.forget(deal.id);
      const rebased = { ...deal, revision: onDisk.revision };
      set((s) => ({ ...s, deal: rebased }));
      savers.saverFor(deal.id, onDisk).changed(rebased);
    },

    /** The user takes the file's version: their unsaved edits are dropped. */
    takeTheirs(): void {
      const { outsideChange } = get();
      if (!outsideChange) return;
      set((s) => ({ ...s, outsideChange: null }));
      savers.forget(outsideChange.dealId);
      actions.show(outsideChange.onDisk);
    },
  };
}
