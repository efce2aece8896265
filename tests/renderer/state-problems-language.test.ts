// The stores word their own problems ("the reviews could not be read (…)") in the language the user picked.
import { describe, expect, it } from 'vitest';
import { createDealmapClient } from '../../renderer/api/dealmap-client';
import { createAppStore } from '../../renderer/state/app-store';
import type { Language } from '../../shared/i18n';
import { buildDeal } from '../support/deal-builder';
import { InMemoryDealmapApi } from './support/in-memory-dealmap-api';
import { memoryStorage } from './support/render-app';

/** A workspace whose settings and reviews cannot be read: the host fails both with an internal error. */
async function brokenWorkspace(language: Language) {
  const api = new InMemoryDealmapApi([buildDeal({ id: 'alpha', name: 'Alpha', account: 'Alpha AB' })]);
  const failure = { ok: false, error: { code: 'internal', message: 'disk gone' } } as const;
  api.getSettings = async () => failure;
  api.listReviews = async () => failure;
  const store = createAppStore(createDealmapClient(api, () => language), { asOf: '2026-11-27', storage: memoryStorage(), autosaveDelayMs: 60_000, language: () => language });
  await store.load();
  await store.reviews.load();
  return store;
}

describe('the stores’ problems', () => {
  it('read in Swedish when Swedish is chosen', async () => {
    const store = await brokenWorkspace('sv');
    expect(store.getState().settingsProblem).toBe('Arbetsytans inställningar gick inte att läsa in (disk gone).');
    expect(store.reviews.getState().loadError).toBe('Genomgångarna gick inte att läsa (disk gone).');
  });

  it('read as before in English', async () => {
    const store = await brokenWorkspace('en');
    expect(store.getState().settingsProblem).toBe('The workspace settings could not be loaded (disk gone).');
    expect(store.reviews.getState().loadError).toBe('The reviews could not be read (disk gone).');
  });
});
