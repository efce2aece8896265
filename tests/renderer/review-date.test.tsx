// The review date follows the calendar: an app left open overnight judges staleness as of the new day.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app';
import { createDealmapClient } from '../../renderer/api/dealmap-client';
import { createAppStore } from '../../renderer/state/app-store';
import { StoreProvider } from '../../renderer/state/store-context';
import { buildDealWithSaboteur, withStakeholder } from '../support/deal-builder';
import { InMemoryDealmapApi } from './support/in-memory-dealmap-api';
import { memoryStorage, setWindowSize } from './support/render-app';

afterEach(cleanup);

function staleGap(): HTMLElement | undefined {
  return screen.queryAllByRole('button').find((button) => button.dataset.gapCode === 'stale-decision-maker');
}

describe('the review date', () => {
  it('moves to the new day when the window is looked at again', async () => {
    setWindowSize(1440, 900);
    // Eva was last contacted exactly 30 days before the day the app opened: not stale yet.
    const deal = withStakeholder(buildDealWithSaboteur(), 'eva', { lastContact: '2026-10-28' });
    let today = '2026-11-27';
    const api = new InMemoryDealmapApi([deal]);
    const store = createAppStore(createDealmapClient(api), { asOf: today, today: () => today, storage: memoryStorage() });
    await store.load();
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    expect(staleGap()).toBeUndefined();

    today = '2026-11-28';
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(store.getState().asOf).toBe('2026-11-28');
    expect(staleGap()?.textContent).toContain('31 days before 2026-11-28');
  });
});
