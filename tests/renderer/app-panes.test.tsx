import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPaneLayout, readPaneLayout } from '../../renderer/state/pane-layout';
import { buildDeal, buildDealWithSaboteur } from '../support/deal-builder';
import { memoryStorage, renderApp, setWindowSize } from './support/render-app';

afterEach(cleanup);

const NARROW = { width: 1024, height: 768 };
const deals = () => [buildDeal({ id: 'aaa-first', name: 'Alpha' }), buildDealWithSaboteur()];

function button(name: string): HTMLElement | null {
  return screen.queryByRole('button', { name });
}

function dealList(): HTMLElement | null {
  return screen.queryByRole('list', { name: 'Deals' });
}

function resize(width: number, height: number): void {
  act(() => setWindowSize(width, height));
}

describe('the deal list and side panel fold to rails', () => {
  it('starts a 1024 px window with the deal list folded, its toggle and New deal still there', async () => {
    await renderApp(deals(), memoryStorage(), 0, NARROW);
    expect(dealList()).toBeNull();
    expect(button('Show deals')).not.toBeNull();
    expect(document.querySelector('.app-shell')?.className).toContain('deal-list-collapsed');
    // The side panel stays open: the gaps are what the user works from.
    expect(button('Hide side panel')).not.toBeNull();
    expect(screen.getByRole('region', { name: 'Gaps' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'New deal' }));
    expect(screen.getByRole('dialog', { name: 'New deal' })).toBeTruthy();
  });

  it('starts a wide window with both panes open', async () => {
    await renderApp(deals());
    expect(dealList()).not.toBeNull();
    expect(button('Hide deals')).not.toBeNull();
    expect(button('Hide side panel')).not.toBeNull();
  });

  it('folds and unfolds each pane with its toggle, and the next session opens them as left', async () => {
    const { storage } = await renderApp(deals());
    await userEvent.click(screen.getByRole('button', { name: 'Hide deals' }));
    expect(dealList()).toBeNull();
    const blockers = screen.getByRole('region', { name: 'Gaps' }).querySelector('.count-blocker')?.textContent ?? '';
    expect(blockers).toMatch(/^\d+ blockers?$/);
    await userEvent.click(screen.getByRole('button', { name: 'Hide side panel' }));
    expect(screen.queryByRole('region', { name: 'Gaps' })).toBeNull();
    // The folded side panel still shows how many gaps stand.
    expect(screen.getByRole('list', { name: 'Gap counts' }).textContent).toContain(blockers);
    expect(document.querySelector('.app-shell')?.className).toBe('app-shell deal-list-collapsed side-panel-collapsed');

    cleanup();
    await renderApp(deals(), storage);
    expect(button('Show deals')).not.toBeNull();
    expect(button('Show side panel')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show deals' }));
    // The focus stays on the toggle, now in the unfolded pane.
    expect(document.activeElement).toBe(button('Hide deals'));
    await userEvent.click(screen.getByRole('button', { name: 'Show side panel' }));
    expect(document.activeElement).toBe(button('Hide side panel'));
    expect(dealList()).not.toBeNull();
    expect(screen.getByRole('region', { name: 'Gaps' })).toBeTruthy();
  });

  it('follows the window across 1100 px, keeping the narrow and the wide choice apart', async () => {
    await renderApp(deals());
    resize(1024, 768);
    expect(button('Show deals')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show deals' }));
    resize(1440, 900);
    await userEvent.click(screen.getByRole('button', { name: 'Hide deals' }));
    expect(dealList()).toBeNull();
    // Back on the narrow window the list is open, as the user left it there.
    resize(1100, 800);
    expect(dealList()).not.toBeNull();
    resize(1101, 800);
    expect(dealList()).toBeNull();
  });
});

describe('readPaneLayout', () => {
  it('falls back to the width’s default for a missing or damaged entry', () => {
    const storage = memoryStorage();
    expect(readPaneLayout(storage, true)).toEqual(defaultPaneLayout(true));
    storage.setItem('dealmap:panes:narrow', '{not json');
    expect(readPaneLayout(storage, true)).toEqual({ dealListCollapsed: true, sidePanelCollapsed: false });
    storage.setItem('dealmap:panes:wide', JSON.stringify({ dealListCollapsed: 'yes', sidePanelCollapsed: true }));
    expect(readPaneLayout(storage, false)).toEqual({ dealListCollapsed: false, sidePanelCollapsed: true });
    expect(readPaneLayout(null, false)).toEqual({ dealListCollapsed: false, sidePanelCollapsed: false });
  });
});
