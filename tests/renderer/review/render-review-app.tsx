// Renders the app over an in-memory API whose reviews a test can prepare first, with the reviews read before the first look.
import { render } from '@testing-library/react';
import type { Deal } from '../../../shared/model/deal-schema';
import { App } from '../../../renderer/app';
import { createDealmapClient } from '../../../renderer/api/dealmap-client';
import { createAppStore } from '../../../renderer/state/app-store';
import { StoreProvider } from '../../../renderer/state/store-context';
import { InMemoryDealmapApi } from '../support/in-memory-dealmap-api';
import { memoryStorage, setWindowSize } from '../support/render-app';

export const REVIEW_AS_OF = '2026-11-27';

/** `autosaveDelayMs` (deal edits and coaching alike) is 0 unless a test needs typing to wait. */
export async function renderReviewApp(deals: readonly Deal[], prepare?: (api: InMemoryDealmapApi) => Promise<void>, autosaveDelayMs = 0) {
  setWindowSize(1440, 900);
  const api = new InMemoryDealmapApi(deals);
  await prepare?.(api);
  const store = createAppStore(createDealmapClient(api), { asOf: REVIEW_AS_OF, storage: memoryStorage(), autosaveDelayMs });
  await store.load();
  // load() reads the reviews in the background; reading them again here makes the first look settled.
  await store.reviews.load();
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { api, store, view };
}

/** Starts a review on the in-memory API as another window or the command line would. */
export async function startReviewOn(api: InMemoryDealmapApi, asOf: string): Promise<void> {
  const result = await api.startReview({ asOf });
  if (!result.ok) throw new Error(result.error.message);
}
