// A first open that reads every deal file: the progress counts up, and the deal list does not call the workspace empty meanwhile.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app';
import { createDealmapClient } from '../../renderer/api/dealmap-client';
import { createAppStore } from '../../renderer/state/app-store';
import { StoreProvider } from '../../renderer/state/store-context';
import type { ListingProgress } from '../../shared/api/contract';
import { buildHealthyDeal } from '../support/deal-builder';
import { InMemoryDealmapApi } from './support/in-memory-dealmap-api';
import { memoryStorage, setWindowSize } from './support/render-app';

afterEach(cleanup);

describe('opening a workspace whose files are still being read', () => {
  it('shows "Reading the deal files: N of M" in the map pane, and neither a count of 0 nor "No deals yet" in the list', async () => {
    setWindowSize(1440, 900);
    const api = new InMemoryDealmapApi([buildHealthyDeal({ id: 'alpha', name: 'Alpha' }), buildHealthyDeal({ id: 'beta', name: 'Beta' })]);
    // The host's listing of a cold workspace: it answers once every file is read, and reports how far it is meanwhile.
    let progress: ListingProgress = { done: 1_200, total: 50_000 };
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const listDeals = api.listDeals;
    api.listDeals = async (input) => {
      await answered;
      return listDeals(input);
    };
    api.listingProgress = () => Promise.resolve({ ok: true, value: progress });
    const store = createAppStore(createDealmapClient(api), { asOf: '2026-11-27', storage: memoryStorage(), autosaveDelayMs: 0 });
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    let loaded: Promise<void> = Promise.resolve();
    act(() => {
      loaded = store.load();
    });

    await screen.findByText('Reading the deal files: 1,200 of 50,000', undefined, { timeout: 3_000 });
    expect(screen.getByRole('progressbar', { name: 'Reading the deal files: 1,200 of 50,000' })).toBeTruthy();
    expect(screen.queryByText('No deals yet. Start with “New deal”.')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Deals' })).toBeTruthy();
    progress = { done: 31_000, total: 50_000 };
    await screen.findByText('Reading the deal files: 31,000 of 50,000', undefined, { timeout: 3_000 });

    await act(async () => {
      answer();
      await loaded;
    });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Deals 2' })).toBeTruthy());
    expect(screen.queryByText(/Reading the deal files/)).toBeNull();
  }, 20_000);
});
