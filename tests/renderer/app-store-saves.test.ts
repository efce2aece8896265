// The store's saves across deal switches: a deal left with edits in flight keeps them, in view and on disk.
import { describe, expect, it } from 'vitest';
import { createDealmapClient } from '../../renderer/api/dealmap-client';
import { createAppStore } from '../../renderer/state/app-store';
import { renameDeal, updateDealDetails } from '../../shared/edits/deal-edits';
import { buildDeal } from '../support/deal-builder';
import { InMemoryDealmapApi } from './support/in-memory-dealmap-api';
import { memoryStorage } from './support/render-app';

/** Two deals, "Alpha" open first; the autosave pause is far out, so only flushes send saves. */
async function twoDeals() {
  const api = new InMemoryDealmapApi([
    buildDeal({ id: 'alpha', name: 'Alpha', account: 'Alpha AB' }),
    buildDeal({ id: 'beta', name: 'Beta', account: 'Beta AB' }),
  ]);
  const store = createAppStore(createDealmapClient(api), { asOf: '2026-11-27', storage: memoryStorage(), autosaveDelayMs: 60_000 });
  await store.load();
  return { api, store };
}

describe('a deal left while its saves are in flight', () => {
  it('reopens with every edit made before leaving, and the next save keeps them', async () => {
    const { api, store } = await twoDeals();
    api.hold();
    store.edit((deal) => renameDeal(deal, 'Alpha one'));
    const first = store.flushPendingSaves();
    await api.saveArrived();
    store.edit((deal) => renameDeal(deal, 'Alpha two'));
    // Leaving flushes "Alpha two" behind the save of "Alpha one" still in flight.
    store.openDeal('beta');
    api.release();
    await first;
    await api.saveArrived();
    expect(store.getState().deals.find((deal) => deal.id === 'alpha')?.name).toBe('Alpha two');

    await store.openDeal('alpha');
    expect(store.getState().deal?.name).toBe('Alpha two');
    api.open();
    await store.flushPendingSaves();
    expect(store.getState().deal).toMatchObject({ name: 'Alpha two', revision: 3 });

    store.edit((deal) => updateDealDetails(deal, { owner: 'Per Holm' }));
    await store.flushPendingSaves();
    expect(api.deals.get('alpha')).toMatchObject({ name: 'Alpha two', owner: 'Per Holm', revision: 4 });
  });
});

describe('a deal file edited by hand while the deal is open', () => {
  it('refuses the next save from the app as a conflict, and the hand edit stays', async () => {
    const { api, store } = await twoDeals();
    api.editOnDisk('alpha', { account: 'Alpha Holding' });
    store.edit((deal) => renameDeal(deal, 'Alpha renamed'));
    await store.flushPendingSaves();
    expect(store.getState().saveStatus).toMatchObject({ kind: 'failed', conflict: true });
    expect(api.deals.get('alpha')).toMatchObject({ name: 'Alpha', account: 'Alpha Holding', revision: 1 });
  });

  it('is caught after the app has saved the deal too, against the version it wrote', async () => {
    const { api, store } = await twoDeals();
    store.edit((deal) => renameDeal(deal, 'Alpha renamed'));
    await store.flushPendingSaves();
    expect(store.getState().saveStatus).toEqual({ kind: 'saved' });
    api.editOnDisk('alpha', { account: 'Alpha Holding' });
    store.edit((deal) => updateDealDetails(deal, { owner: 'Per Holm' }));
    await store.flushPendingSaves();
    expect(store.getState().saveStatus).toMatchObject({ kind: 'failed', conflict: true });
    expect(api.deals.get('alpha')).toMatchObject({ name: 'Alpha renamed', account: 'Alpha Holding', revision: 2 });
  });
});
