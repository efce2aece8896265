import { cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDealmapClient } from '../../renderer/api/dealmap-client';
import { useMapHandlers, type ConnectRequest } from '../../renderer/map/use-map-handlers';
import { createAppStore } from '../../renderer/state/app-store';
import { StoreProvider } from '../../renderer/state/store-context';
import { buildDealWithSaboteur } from '../support/deal-builder';
import { InMemoryDealmapApi } from './support/in-memory-dealmap-api';
import { memoryStorage } from './support/render-app';

afterEach(cleanup);

describe('useMapHandlers', () => {
  it('hands React Flow the same handlers on every render of the map, so its store is not rewritten (and every card and arrow selector re-run) on each selection', () => {
    const store = createAppStore(createDealmapClient(new InMemoryDealmapApi([buildDealWithSaboteur()])), { asOf: '2026-11-27', storage: memoryStorage() });
    const requests: ConnectRequest[] = [];
    const onConnectRequest = (request: ConnectRequest) => requests.push(request);
    const wrapper = ({ children }: { children: ReactNode }) => <StoreProvider store={store}>{children}</StoreProvider>;
    const { result, rerender } = renderHook(() => useMapHandlers(onConnectRequest), { wrapper });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    first.onConnect({ source: 'anders', target: 'eva', sourceHandle: 'bottom', targetHandle: 'top' });
    expect(requests).toEqual([{ from: 'anders', to: 'eva' }]);
  });
});
