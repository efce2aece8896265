import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { manyDeals, pipelineDeals } from './pipeline-deals';
import { pipelineShown, renderPipeline } from './render-pipeline';

afterEach(cleanup);

function table(): HTMLElement {
  return screen.getByRole('table', { name: 'Pipeline' });
}

function dealRows(): HTMLElement[] {
  return [...table().querySelectorAll<HTMLElement>('tr.pipeline-row')];
}

function dealIds(): string[] {
  return dealRows().map((row) => row.dataset.dealId ?? '');
}

function header(name: string): HTMLElement {
  return within(table()).getByRole('columnheader', { name: new RegExp(`^${name}`) });
}

describe('the pipeline table', () => {
  it('is reached from the view switch and shows every column, revenue at risk on top', async () => {
    const { store } = await renderPipeline(pipelineDeals());
    await userEvent.click(screen.getByRole('button', { name: 'Deals' }));
    expect(store.getState().view).toBe('deals');
    expect(screen.getByRole('list', { name: 'Deals' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Pipeline' }));
    await pipelineShown();
    expect(screen.getByRole('button', { name: 'Pipeline' }).getAttribute('aria-current')).toBe('page');

    const names = within(table()).getAllByRole('columnheader').map((th) => th.textContent?.replace(/[▲▼]/g, '').trim());
    expect(names).toEqual(['Owner', 'Account', 'Deal', 'Amount', 'Close date', 'Stage', 'Score', 'Blockers', 'Top gap']);
    expect(dealRows()).toHaveLength(3);
    const risk = screen.getByRole('region', { name: 'Revenue at risk' });
    // Only the saboteur deal and the empty BI deal are blocked: 480,000 + 120,000 SEK of 1,500,000 open.
    const sek = within(risk).getByRole('listitem');
    expect(sek.getAttribute('title')).toMatch(/600[\s,.\u00a0\u202f]?000 of .*1[\s,.\u00a0\u202f]?500[\s,.\u00a0\u202f]?000 open \(40%\) is in 2 blocked deals$/);
    expect(sek.textContent).toMatch(/^SEK[\s\u00a0]?600k of SEK[\s\u00a0]?1\.5m open \(40%\) · 2 deals$/);
    expect(risk.getAttribute('aria-describedby')).toBe('risk-explain');
    expect(risk.textContent).toContain('Open deals with a blocker, per currency');
    const saboteurRow = dealRows().find((row) => row.dataset.dealId === 'acme-erp') as HTMLElement;
    expect(saboteurRow.textContent).toContain('Sara Lind');
    expect(saboteurRow.textContent).toContain('Acme AB');
    expect(saboteurRow.textContent).toContain('28/02/2027');
  });

  it('opens on most blockers first, and sorts by a header click, then the other way, with aria-sort', async () => {
    await renderPipeline(pipelineDeals());
    expect(header('Blockers').getAttribute('aria-sort')).toBe('descending');
    expect(header('Amount').getAttribute('aria-sort')).toBe('none');
    expect(dealIds()[2]).toBe('northwind-erp');

    await userEvent.click(within(header('Amount')).getByRole('button'));
    expect(header('Amount').getAttribute('aria-sort')).toBe('descending');
    expect(dealIds()).toEqual(['northwind-erp', 'acme-erp', 'cafe-bi']);

    await userEvent.click(within(header('Amount')).getByRole('button'));
    expect(header('Amount').getAttribute('aria-sort')).toBe('ascending');
    expect(dealIds()).toEqual(['cafe-bi', 'acme-erp', 'northwind-erp']);

    await userEvent.click(within(header('Account')).getByRole('button'));
    expect(header('Account').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Amount').getAttribute('aria-sort')).toBe('none');
    expect(dealIds()).toEqual(['acme-erp', 'cafe-bi', 'northwind-erp']);

    await userEvent.click(within(header('Blockers')).getByRole('button'));
    expect(header('Blockers').getAttribute('aria-sort')).toBe('descending');
    expect(dealIds()[2]).toBe('northwind-erp');
  });

  it('filters by owner, stage, gap code, blocked deals and accent-free text', async () => {
    await renderPipeline(pipelineDeals());
    await userEvent.selectOptions(screen.getByLabelText('Owner'), 'Sara Lind');
    expect(dealIds().sort()).toEqual(['acme-erp', 'cafe-bi']);
    expect(screen.getByText('2 of 3 deals')).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText('Gap'), 'saboteur-unchecked');
    expect(dealIds()).toEqual(['acme-erp']);

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(dealIds()).toHaveLength(3);

    await userEvent.selectOptions(screen.getByLabelText('Close quarter'), '2027-Q2');
    expect(dealIds()).toEqual(['northwind-erp']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    await userEvent.selectOptions(screen.getByLabelText('Stage'), 'lead');
    expect(dealIds()).toEqual(['cafe-bi']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    await userEvent.click(screen.getByRole('checkbox', { name: 'Only blocked deals' }));
    expect(dealIds().sort()).toEqual(['acme-erp', 'cafe-bi']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only blocked deals' }));

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'cafe akesson');
    expect(dealIds()).toEqual(['cafe-bi']);
  });

  it('opens the clicked deal in the map view', async () => {
    const { store } = await renderPipeline(pipelineDeals());
    const row = dealRows().find((r) => r.dataset.dealId === 'cafe-bi') as HTMLElement;
    await userEvent.click(row);
    expect(store.getState().view).toBe('deals');
    expect(store.getState().deal?.id).toBe('cafe-bi');
    expect(screen.getByRole('main', { name: 'Buying-center map' })).toBeTruthy();
    // Back in the pipeline, the sort and filters are as they were left.
    await userEvent.click(screen.getByRole('button', { name: 'Pipeline' }));
    await pipelineShown();
    expect(dealRows()).toHaveLength(3);
  });

  it('moves between rows with the arrow keys and opens one with Enter', async () => {
    const { store } = await renderPipeline(pipelineDeals());
    const first = dealRows()[0] as HTMLElement;
    expect(first.tabIndex).toBe(0);
    act(() => first.focus());
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(dealRows()[1]);
    await userEvent.keyboard('{Enter}');
    expect(store.getState().deal?.id).toBe('acme-erp');
    expect(store.getState().view).toBe('deals');
  });

  it('renders only a window of rows for 5,000 deals, and the rows in view after a scroll', async () => {
    await renderPipeline(manyDeals(5_000));
    expect(table().getAttribute('aria-rowcount')).toBe('5001');
    const rendered = dealRows();
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(60);
    expect(screen.getByText('5,000 deals')).toBeTruthy();

    const scroller = table().parentElement as HTMLElement;
    act(() => {
      scroller.scrollTop = 40 * 2_500;
      fireEvent.scroll(scroller);
    });
    const indexes = dealRows().map((row) => Number(row.dataset.index));
    expect(indexes).toContain(2_500);
    expect(Math.min(...indexes)).toBeGreaterThan(2_400);
    expect(dealRows().length).toBeLessThan(60);
  });
});
