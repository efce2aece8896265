// One Autosaver per deal, kept across deal switches so each deal's saves stay in order.
import { dealFingerprint } from '../../shared/model/deal-fingerprint';
import type { Deal } from '../../shared/model/deal-schema';
import type { DealmapClient } from '../api/dealmap-client';
import { summaryOf, upsertDeal, type AppState } from './app-state';
import { Autosaver, adoptRevision } from './autosave';
import type { StateContainer } from './state-container';

export interface DealSavers {
  /** The deal's saver, created on first use with `base`, the deal as its file holds it. */
  saverFor(dealId: string, base?: Deal): Autosaver;
  /** The saver if the deal has one: for flushing without creating. */
  existing(dealId: string): Autosaver | undefined;
  forget(dealId: string): void;
  /** Sends every deal's pending edits now, without waiting for the autosave pause. */
  flushAll(): Promise<void>;
  /** The working copies with edits not on disk yet (pending, in flight, refused or invalid). */
  unsavedDeals(): Deal[];
  /**
   * Flushes until every edit is on disk, edits made meanwhile included: true then, false as soon
   * as an edit cannot be saved (a failed save, a conflict, a deal that breaks the format).
   */
  saveEverything(): Promise<boolean>;
}

/** Rounds of edits made while leaving that saveEverything waits for before giving up. */
const MAX_SAVE_ROUNDS = 5;

export function createDealSavers(
  client: DealmapClient,
  { get, set }: Pick<StateContainer<AppState>, 'get' | 'set'>,
  delayMs?: number,
): DealSavers {
  const savers = new Map<string, Autosaver>();
  const flushAll = async () => {
    await Promise.all([...savers.values()].map((saver) => saver.flush()));
  };
  return {
    saverFor(dealId, base) {
      const existing = savers.get(dealId);
      if (existing) return existing;
      const saver = new Autosaver(
        {
          save: (deal, from) => client.saveDeal(from ? { deal, base: dealFingerprint(from) } : { deal }),
          adopt: (saved) =>
            set((s) => {
              const deal = s.deal?.id === saved.id ? adoptRevision(s.deal, saved) : s.deal;
              // The list shows the working copy: the open deal's, or a left deal's edits newer than this save.
              const pending = savers.get(saved.id)?.unsavedDeal;
              const shown = deal?.id === saved.id ? deal : pending ? adoptRevision(pending, saved) : saved;
              return { ...s, deal, deals: upsertDeal(s.deals, summaryOf(shown, s.asOf, s.settings)) };
            }),
          report: (saveStatus) => {
            // Only the open deal's status is shown; a background save reports into the list.
            if (get().deal?.id === dealId) set((s) => ({ ...s, saveStatus }));
          },
        },
        delayMs,
        base ?? null,
      );
      savers.set(dealId, saver);
      return saver;
    },
    existing: (dealId) => savers.get(dealId),
    forget(dealId) {
      savers.get(dealId)?.dispose();
      savers.delete(dealId);
    },
    flushAll,
    unsavedDeals: () => [...savers.values()].flatMap((saver) => saver.unsavedDeal ?? []),
    async saveEverything() {
      for (let round = 0; round < MAX_SAVE_ROUNDS; round += 1) {
        await flushAll();
        const unsaved = [...savers.values()].filter((saver) => saver.hasUnsavedChanges);
        if (unsaved.length === 0) return true;
        // Only a saver still "Saving…" got newer edits during the flush; any other status is stuck.
        if (unsaved.some((saver) => saver.status.kind !== 'saving')) return false;
      }
      return false;
    },
  };
}
