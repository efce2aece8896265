import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { emulateDealListLayout } from './support/deal-list-layout';
import { manyDeals, pipelineDeals } from './pipeline/pipeline-deals';
import { pipelineShown, renderPipeline } from './pipeline/render-pipeline';
import { setWindowSize } from './support/render-app';

afterEach(cleanup);
emulateDealListLayout();

function pipelineRow(dealId: string): HTMLElement {
  const row = screen.getByRole('table', { name: 'Pipeline' }).querySelector<HTMLElement>(`tr[data-deal-id="${dealId}"]`);
  if (!row) throw new Error(`no pipeline row for ${dealId}`);
  return row;
}

function focusedDealRow(): string | undefined {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || !focused.classList.contains('deal-row')) return undefined;
  return focused.closest('li')?.dataset.dealId;
}

describe('the focus after opening a deal from the pipeline', () => {
  it('lands on the deal’s row in the deal list after Enter on a table row', async () => {
    await renderPipeline(pipelineDeals());
    act(() => pipelineRow('cafe-bi').focus());
    await userEvent.keyboard('{Enter}');
    expect(focusedDealRow()).toBe('cafe-bi');
    expect(document.activeElement?.getAttribute('aria-current')).toBe('true');
  });

  it('finds the row far down a list of 5,000 deals, which is rendered only once scrolled to', async () => {
    const { store } = await renderPipeline(manyDeals(5_000));
    const target = store.getState().deals[4_321];
    if (!target) throw new Error('no deal 4,321');
    await act(() => store.openDealInMap(target.id));
    expect(focusedDealRow()).toBe(target.id);
  });

  it('lands on the selected gap in the side panel after Enter on a heatmap cell', async () => {
    const { store } = await renderPipeline(pipelineDeals());
    await userEvent.click(screen.getByRole('tab', { name: 'Charts' }));
    const cell = within(screen.getByRole('figure', { name: 'Gaps by deal' }))
      .getAllByRole('button')
      .find((mark) => mark.dataset.dealId === 'acme-erp' && mark.dataset.gapCode === 'saboteur-unchecked');
    if (!cell) throw new Error('no heatmap cell');
    act(() => cell.focus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect((document.activeElement as HTMLElement).classList.contains('gap-item')).toBe(true));
    const focused = document.activeElement as HTMLElement;
    expect(focused.classList.contains('gap-item')).toBe(true);
    expect(focused.getAttribute('aria-pressed')).toBe('true');
    expect(focused.dataset.gapCode).toBe('saboteur-unchecked');
    expect(store.getState().selection.gapId).not.toBeNull();
  });

  it('lands on the deal’s title when the deal list is folded to a rail', async () => {
    const { store } = await renderPipeline(pipelineDeals());
    act(() => setWindowSize(1000, 700));
    expect(store.getState().panes.dealListCollapsed).toBe(true);
    act(() => pipelineRow('cafe-bi').focus());
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'BI platform' }));
  });

  it('asks only once: coming back to the deal view later leaves the focus where the user put it', async () => {
    const { store } = await renderPipeline(pipelineDeals());
    await act(() => store.openDealInMap('cafe-bi'));
    expect(focusedDealRow()).toBe('cafe-bi');
    await userEvent.click(screen.getByRole('button', { name: 'Pipeline' }));
    await pipelineShown();
    const dealsButton = screen.getByRole('button', { name: 'Deals' });
    await userEvent.click(dealsButton);
    expect(document.activeElement).toBe(dealsButton);
  });
});
