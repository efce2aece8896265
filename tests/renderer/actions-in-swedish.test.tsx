// In Swedish, the side panel's next best actions, what Try changes, and the changes since the review all read in Swedish.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app';
import { createDealmapClient } from '../../renderer/api/dealmap-client';
import { LanguageProvider, LANGUAGE_STORAGE_KEY, startingLanguage } from '../../renderer/i18n/language-context';
import { createAppStore } from '../../renderer/state/app-store';
import { StoreProvider } from '../../renderer/state/store-context';
import { reviewDeals } from './review/review-deals';
import { InMemoryDealmapApi } from './support/in-memory-dealmap-api';
import { memoryStorage, setWindowSize } from './support/render-app';

afterEach(cleanup);

/** The app in Swedish, with a review taken before Acme's close date slipped. */
async function renderSwedish() {
  setWindowSize(1440, 900);
  const storage = memoryStorage();
  storage.setItem(LANGUAGE_STORAGE_KEY, 'sv');
  const api = new InMemoryDealmapApi(reviewDeals());
  const started = await api.startReview({ asOf: '2026-11-20' });
  if (!started.ok) throw new Error(started.error.message);
  const acme = await api.getDeal({ id: 'acme-erp' });
  if (!acme.ok) throw new Error(acme.error.message);
  await api.saveDeal({ deal: { ...acme.value, closeDate: '2027-04-30' } });
  const store = createAppStore(createDealmapClient(api), { asOf: '2026-11-27', storage, autosaveDelayMs: 0 });
  await store.load();
  await store.reviews.load();
  render(
    <LanguageProvider initial={startingLanguage(storage, ['en-GB'])} storage={storage}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </LanguageProvider>,
  );
  store.openDeal('acme-erp');
  return { store };
}

describe('next best actions and review changes in Swedish', () => {
  it('titles each action and says why in Swedish, and Try shows what changes in Swedish', async () => {
    await renderSwedish();
    const region = await screen.findByRole('region', { name: 'Bästa nästa steg' });
    // The actions are ranked just after the map paints (a deferred render), so wait for them.
    const first = await waitFor(() => {
      const action = region.querySelector<HTMLElement>('[data-action-id="win-over-saboteur:anders"]');
      if (action === null) throw new Error('no action yet');
      return action;
    });
    expect(within(first).getByText('Få Anders Nyström (IT Manager) att sluta motarbeta affären')).toBeTruthy();
    expect(first.querySelector('.next-action-why')?.textContent).toMatch(/^Röjer ”Sabotör utan motvikt”.*; poäng \+\d+/);
    expect(region.textContent).not.toMatch(/Clears|Win over/);

    await userEvent.click(within(first).getByRole('button', { name: 'Prova: Få Anders Nyström (IT Manager) att sluta motarbeta affären' }));
    const banner = screen.getByRole('region', { name: 'Simulering' });
    const lines = within(banner).getByRole('list', { name: 'Vad dragen ändrar' }).textContent ?? '';
    expect(lines).toContain('Hållningen hos Anders Nyström ändrades från sabotör till neutral.');
    expect(lines).toContain('Höjer Sabotörer från saknas till bekräftat');
  });

  it('says what changed since the review in Swedish', async () => {
    await renderSwedish();
    const since = await screen.findByRole('region', { name: /^Sedan / });
    expect(await within(since).findByText('Avslutsdatumet gled från 2027-02-28 till 2027-04-30.')).toBeTruthy();
  });
});
