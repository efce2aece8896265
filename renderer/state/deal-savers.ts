// One Autosaver per deal, kept across deal switches so each deal's saves stay in order.
import type { DealmapClient } from '../api/dealmap-client';
import { upsertDeal, type AppState } from './app-state';
import { Autosaver, adoptRevision } from './autosave';
import type { StateContainer } from './state-container';

export interface DealSavers {
  /** The deal's saver, created on first use. */
  saverFor(dealId: string): Autosaver;
  /** The saver if the deal has one: for flushing without creating. */
  existing(dealId: string): Autosaver | undefined;
  forget(dealId: string): void;
  /** Sends every deal's pending edits now, without waiting for the autosave pause. */
  flushAll(): Promise<void>;
}

export function createDealSavers(
  client: DealmapClient,
  { get, set }: Pick<StateContainer<AppState>, 'get' | 'set'>,
  delayMs?: number,
): DealSavers {
  const savers = new Map<string, Autosaver>();
  return {
    saverFor(dealId) {
      const existing = savers.get(dealId);
      if (existing) return existing;
      const saver = new Autosaver(
        {
          save: (deal) => client.saveDeal({ deal }),
          adopt: (sent, saved) =>
            set((s) => {
              const deal = s.deal?.id === saved.id ? adoptRevision(s.deal, sent, saved) : s.deal;
              return { ...s, deal, deals: upsertDeal(s.deals, deal?.id === saved.id ? deal : saved) };
            }),
          report: (saveStatus) => {
            // Only the open deal's status is shown; a background save reports into the list.
            if (get().deal?.id === dealId) set((s) => ({ ...s, saveStatus }));
          },
        },
        delayMs,
      );
      savers.set(dealId, saver);
      return saver;
    },
    existing: (dealId) => savers.get(dealId),
    forget(dealId) {
      savers.get(dealId)?.dispose();
      savers.delete(dealId);
    },
    async flushAll() {
      await Promise.all([...savers.values()].map((saver) => saver.flush()));
    },
  };
}
