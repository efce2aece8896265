// Renders the whole app over an in-memory API, already switched to the pipeline view.
import { render, screen } from '@testing-library/react';
import type { Deal } from '../../../shared/model/deal-schema';
import { App } from '../../../renderer/app';
import { createDealmapClient } from '../../../renderer/api/dealmap-client';
import { createAppStore } from '../../../renderer/state/app-store';
import { StoreProvider } from '../../../renderer/state/store-context';
import { InMemoryDealmapApi } from '../support/in-memory-dealmap-api';
import { memoryStorage, setWindowSize } from '../support/render-app';

export const PIPELINE_AS_OF = '2026-11-27';

/** The pipeline view loads on first showing (a lazy chunk): resolves once it has replaced its placeholder. */
export async function pipelineShown(): Promise<void> {
  // The first showing in a test file transforms the chunk (d3 included): over findBy's 1 s on a loaded machine.
  await screen.findByRole('main', { name: 'Pipeline review' }, { timeout: 10_000 });
}

export async function renderPipeline(deals: readonly Deal[]) {
  setWindowSize(1440, 900);
  const store = createAppStore(createDealmapClient(new InMemoryDealmapApi(deals)), {
    asOf: PIPELINE_AS_OF,
    storage: memoryStorage(),
    autosaveDelayMs: 0,
  });
  await store.load();
  // Straight to the pipeline: the deal list of a 5,000-deal workspace is not what these tests look at.
  store.showView('pipeline');
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await pipelineShown();
  return { store, view };
}
