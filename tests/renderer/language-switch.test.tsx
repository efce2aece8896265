// The language picker: Swedish labels and a Swedish date at once, the choice kept per user, the date field parsing as the locale writes.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app';
import { createDealmapClient } from '../../renderer/api/dealmap-client';
import { LanguageProvider, LANGUAGE_STORAGE_KEY, startingLanguage } from '../../renderer/i18n/language-context';
import { createAppStore } from '../../renderer/state/app-store';
import { StoreProvider } from '../../renderer/state/store-context';
import { buildDealWithSaboteur } from '../support/deal-builder';
import { InMemoryDealmapApi } from './support/in-memory-dealmap-api';
import { memoryStorage, setWindowSize } from './support/render-app';

afterEach(cleanup);

/** The app as main.tsx mounts it: the language provider around the store, one storage for both. */
async function renderWithLanguage(storage = memoryStorage()) {
  setWindowSize(1440, 900);
  const api = new InMemoryDealmapApi([buildDealWithSaboteur()]);
  const store = createAppStore(createDealmapClient(api), { asOf: '2026-11-27', storage, autosaveDelayMs: 0 });
  await store.load();
  render(
    <LanguageProvider initial={startingLanguage(storage, ['en-GB'])} storage={storage}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </LanguageProvider>,
  );
  return { api, store, storage };
}

function closeDateField(): HTMLInputElement {
  return screen.getByRole('textbox', { name: /^(Close date|Avslutsdatum)$/ });
}

describe('the language picker', () => {
  it('switches the app to Swedish at once: labels, the view switch, the close date as Swedes write it, and <html lang>', async () => {
    const { storage } = await renderWithLanguage();
    expect(screen.getByRole('button', { name: 'Deals' })).toBeTruthy();
    expect(closeDateField().value).toBe('28/02/2027');
    expect(document.documentElement.lang).toBe('en');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'sv');

    expect(screen.getByRole('button', { name: 'Affärer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pipeline' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Affärsuppgifter' })).toBeTruthy();
    const gaps = screen.getByRole('region', { name: 'Luckor' });
    expect(within(gaps).getByText('Kvalificering')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Språk' })).toBeTruthy();
    expect(closeDateField().value).toBe('2027-02-28');
    expect(closeDateField().getAttribute('data-iso')).toBe('2027-02-28');
    expect(document.documentElement.lang).toBe('sv');
    expect(storage.getItem(LANGUAGE_STORAGE_KEY)).toBe('sv');
  });

  it('opens in the language the user chose last time', async () => {
    const storage = memoryStorage();
    storage.setItem(LANGUAGE_STORAGE_KEY, 'sv');
    await renderWithLanguage(storage);
    expect(screen.getByRole('navigation', { name: 'Affärslista' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ny affär' })).toBeTruthy();
  });

  it('reads a date typed the English way, keeps ISO in the deal, and names a date it cannot read', async () => {
    const { store } = await renderWithLanguage();
    const field = closeDateField();
    fireEvent.change(field, { target: { value: '31/03/2027' } });
    await waitFor(() => expect(store.getState().deal?.closeDate).toBe('2027-03-31'));
    expect(field.getAttribute('data-iso')).toBe('2027-03-31');

    fireEvent.change(field, { target: { value: '31/02/2027' } });
    fireEvent.blur(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Write the date as dd/mm/yyyy.')).toBeTruthy();
    expect(store.getState().deal?.closeDate).toBe('2027-03-31');
  });
});
