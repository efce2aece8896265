// React access to the one app store: actions through useAppStore, state slices through useAppState.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AppState } from './app-state';
import type { AppStore } from './app-store';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreProvider above it');
  return store;
}

/** Subscribes to a slice; the selector must return state it finds, or cached values, not new objects. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  const store = useAppStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}
