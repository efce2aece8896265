import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { emulateDealListLayout } from './support/deal-list-layout';
import { ESTIMATED_ROW } from '../../renderer/deals/deal-list-window';
import { manyDeals } from './pipeline/pipeline-deals';
import { renderPipeline } from './pipeline/render-pipeline';
import { renderApp } from './support/render-app';

afterEach(cleanup);
emulateDealListLayout();

const COUNT = 2_000;
/** The test DOM lays nothing out: every row keeps the virtualizer's first guess at its height. */
const ROW = ESTIMATED_ROW;

function dealList(): HTMLElement {
  return screen.getByRole('list', { name: 'Deals' });
}

function items(): HTMLElement[] {
  return within(dealList()).getAllByRole('listitem');
}

function positions(): number[] {
  return items().map((item) => Number(item.getAttribute('aria-posinset')));
}

function scroller(): HTMLElement {
  const element = dealList().parentElement;
  if (!element) throw new Error('the deal list has no scroll container');
  return element;
}

function rowOf(position: number): HTMLElement {
  const row = dealList().querySelector<HTMLElement>(`li[aria-posinset="${position}"] .deal-row`);
  if (!row) throw new Error(`row ${position} is not rendered`);
  return row;
}

describe('the deal list of a large workspace', () => {
  it('renders only the rows in view, each placed in the whole list, and the count of all', async () => {
    await renderApp(manyDeals(COUNT));
    const shown = items();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(40);
    expect(positions()).toEqual(shown.map((_, n) => n + 1));
    for (const item of shown) expect(item.getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(screen.getByRole('heading', { name: `Deals ${COUNT.toLocaleString()}` })).toBeTruthy();
    // The rows not rendered still take their room, so the scroll bar is the whole list's.
    const list = dealList();
    expect(parseFloat(list.style.paddingBottom)).toBeGreaterThan((COUNT - 40) * ROW);
  });

  it('follows the scroll position, the open deal keeping its actions', async () => {
    const { store } = await renderApp(manyDeals(COUNT));
    const open = store.getState().deal;
    expect(items()[0]?.dataset.dealId).toBe(open?.id);
    expect(within(items()[0] as HTMLElement).getByRole('button', { name: 'Rename deal' })).toBeTruthy();

    scroller().scrollTop = 1_000 * ROW;
    fireEvent.scroll(scroller());
    expect(positions()).toContain(1_001);
    expect(positions()).not.toContain(1);
    const list = dealList();
    const first = positions()[0] ?? 0;
    expect(parseFloat(list.style.paddingTop)).toBe((first - 1) * ROW);

    await userEvent.click(rowOf(1_001));
    expect(store.getState().deal?.id).toBe(store.getState().deals[1_000]?.id);
    expect(rowOf(1_001).getAttribute('aria-current')).toBe('true');
  });

  it('moves the focus with the arrow keys, Home and End, rendering the rows it reaches', async () => {
    await renderApp(manyDeals(COUNT));
    rowOf(1).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(rowOf(3));
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(rowOf(COUNT));
    expect(positions()).not.toContain(1);
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(rowOf(COUNT - 1));
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(rowOf(1));
    // Enter still opens the focused deal: the rows stay buttons.
    await userEvent.keyboard('{PageDown}{Enter}');
    expect(rowOf(7).getAttribute('aria-current')).toBe('true');
  });

  it('follows a Tab at once: focus scrolls the list before its scroll event comes', async () => {
    await renderApp(manyDeals(COUNT));
    const last = Math.max(...positions());
    // What the browser does when Tab reaches the last rendered row: it scrolls that row into view.
    scroller().scrollTop = last * ROW;
    act(() => rowOf(last).focus());
    expect(Math.max(...positions())).toBeGreaterThan(last + 5);
  });

  it('shows the deal opened from the pipeline, however far down the list it is', async () => {
    const { store } = await renderPipeline(manyDeals(COUNT));
    const target = store.getState().deals[1_500];
    if (!target) throw new Error('no deal 1,500');
    await act(() => store.openDealInMap(target.id));
    const row = rowOf(1_501);
    expect(row.closest('li')?.dataset.dealId).toBe(target.id);
    expect(row.getAttribute('aria-current')).toBe('true');
    // In the middle of the list's view, not at its edge.
    const top = 1_500 * ROW;
    expect(scroller().scrollTop).toBeGreaterThan(top - 600);
    expect(scroller().scrollTop).toBeLessThan(top);
  });

  it('shows each deal from its listed summary: nothing is qualified in the page for the list', async () => {
    const { api, store } = await renderApp(manyDeals(50));
    const { deals, asOf } = store.getState();
    const other = deals[1];
    if (!other) throw new Error('too few deals');
    // The host qualified the summaries as of the app's review date.
    expect(api.listedAsOf).toEqual([asOf]);
    expect(rowOf(2).textContent).toContain(other.name);
    await userEvent.click(rowOf(2));
    await waitFor(() => expect(store.getState().deal?.id).toBe(other.id));
  });
});
