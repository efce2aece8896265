// Renders the whole app over an in-memory API, as the browser would over HTTP.
import { render } from '@testing-library/react';
import type { Deal } from '../../../shared/model/deal-schema';
import { App } from '../../../renderer/app';
import { createDealmapClient } from '../../../renderer/api/dealmap-client';
import { LanguageProvider } from '../../../renderer/i18n/language-context';
import { createAppStore } from '../../../renderer/state/app-store';
import type { Language } from '../../../shared/i18n';
import { StoreProvider } from '../../../renderer/state/store-context';
import { InMemoryDealmapApi } from './in-memory-dealmap-api';

export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

interface HappyDomWindow {
  readonly happyDOM: { setViewport(viewport: { width: number; height: number }): void };
}

/** Resizes the test window, as a user does; media queries such as the narrow-window one follow. */
export function setWindowSize(width: number, height: number): void {
  (window as unknown as HappyDomWindow).happyDOM.setViewport({ width, height });
  window.dispatchEvent(new Event('resize'));
}

/**
 * `autosaveDelayMs` is 0 unless a test needs edits to wait, as they do in the app. The window is
 * 1440 x 900 unless `windowSize` says otherwise (happy-dom's own 1024 px would fold the deal list).
 */
export async function renderApp(
  deals: readonly Deal[],
  storage = memoryStorage(),
  autosaveDelayMs = 0,
  windowSize: { width: number; height: number } = { width: 1440, height: 900 },
) {
  setWindowSize(windowSize.width, windowSize.height);
  const api = new InMemoryDealmapApi(deals);
  const store = createAppStore(createDealmapClient(api), { asOf: '2026-11-27', storage, autosaveDelayMs });
  await store.load();
  const view = render(
    <div style={{ width: windowSize.width, height: windowSize.height }}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </div>,
  );
  return { api, store, storage, view };
}

/** The whole app as main.tsx mounts it for a user who chose `language`, at 1440 x 900. */
export async function renderAppIn(language: Language, deals: readonly Deal[], autosaveDelayMs = 0) {
  setWindowSize(1440, 900);
  const storage = memoryStorage();
  const api = new InMemoryDealmapApi(deals);
  const store = createAppStore(createDealmapClient(api), { asOf: '2026-11-27', storage, autosaveDelayMs });
  await store.load();
  const view = render(
    <LanguageProvider initial={language} storage={storage}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </LanguageProvider>,
  );
  return { api, store, storage, view };
}
