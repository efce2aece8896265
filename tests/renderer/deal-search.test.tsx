import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { searchDeals } from '../../renderer/deals/deal-search';
import { qualifyDeal } from '../../shared/engine';
import { summarizeDeal } from '../../shared/pipeline/deal-summary';
import { manyDeals, pipelineDeals } from './pipeline/pipeline-deals';
import { renderApp } from './support/render-app';

afterEach(cleanup);

function dealList(): HTMLElement {
  return screen.getByRole('list', { name: 'Deals' });
}

function listedIds(): string[] {
  return within(dealList())
    .queryAllByRole('listitem')
    .map((item) => item.dataset.dealId ?? '');
}

function searchBox(): HTMLElement {
  return screen.getByRole('searchbox', { name: 'Search deals' });
}

describe('the deal list search', () => {
  it('narrows 5,000 deals before windowing them, and says how many match', async () => {
    const deals = manyDeals(5_000);
    const { store } = await renderApp(deals);
    // Both words anywhere: Deal 499, 1499, 2499, 3499, 4499 and 4990 to 4999 (their accounts too).
    await userEvent.type(searchBox(), 'deal 499');
    const expected = deals.filter((deal) => deal.name.includes('499')).length;
    expect(expected).toBe(15);
    expect(screen.getByText(`${expected} of 5,000`)).toBeTruthy();
    const items = within(dealList()).getAllByRole('listitem');
    // The open deal, which does not match, stays in its place: first.
    expect(items[0]?.dataset.dealId).toBe(store.getState().deal?.id);
    expect(items).toHaveLength(expected + 1);
    for (const item of items) expect(item.getAttribute('aria-setsize')).toBe(String(expected + 1));
    expect(listedIds().slice(1).every((id) => id.includes('499'))).toBe(true);
  });

  it('ignores case and accents, and wants every word somewhere in name, account or owner', async () => {
    await renderApp(pipelineDeals());
    await userEvent.type(searchBox(), 'CAFE akesson');
    expect(listedIds()).toContain('cafe-bi');
    await userEvent.clear(searchBox());
    await userEvent.type(searchBox(), 'per ek northwind');
    expect(screen.getByText('1 of 3')).toBeTruthy();
  });

  it('keeps the open deal listed when it does not match, and says when nothing does', async () => {
    const { store } = await renderApp(pipelineDeals());
    const openId = store.getState().deal?.id;
    await userEvent.type(searchBox(), 'no such deal');
    expect(listedIds()).toEqual([openId]);
    expect(screen.getByText('0 of 3')).toBeTruthy();
    expect(screen.getByText('No deal matches. The open deal stays listed though it does not match.')).toBeTruthy();
    await userEvent.clear(searchBox());
    expect(listedIds()).toHaveLength(3);
    expect(screen.queryByText(/ of 3$/)).toBeNull();
  });

  it('says so when nothing matches and no deal is open', () => {
    const deals = pipelineDeals().map((deal) => summarizeDeal(deal, qualifyDeal(deal, { asOf: '2026-11-27' })));
    expect(searchDeals(deals, '  ', null)).toEqual({ deals, matches: 3 });
    expect(searchDeals(deals, 'zzz', null)).toEqual({ deals: [], matches: 0 });
  });

  it('opens a found deal, and keeps the search over a visit to the pipeline', async () => {
    const { store } = await renderApp(pipelineDeals());
    await userEvent.type(searchBox(), 'café');
    const found = within(dealList()).getAllByRole('listitem').find((item) => item.dataset.dealId === 'cafe-bi');
    await userEvent.click(within(found as HTMLElement).getByRole('button', { name: /BI platform/ }));
    expect(store.getState().deal?.id).toBe('cafe-bi');
    act(() => store.showView('pipeline'));
    act(() => store.showView('deals'));
    expect((searchBox() as HTMLInputElement).value).toBe('café');
  });
});
