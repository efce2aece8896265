import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../../shared/engine';
import { buildDealWithSaboteur } from '../../support/deal-builder';
import { pipelineDeals } from './pipeline-deals';
import { PIPELINE_AS_OF, renderPipeline } from './render-pipeline';

afterEach(cleanup);

async function openTab(name: string): Promise<void> {
  await userEvent.click(screen.getByRole('tab', { name }));
}

function chart(name: string | RegExp): HTMLElement {
  return screen.getByRole('figure', { name });
}

describe('the pipeline charts', () => {
  it('opens the deal with the gap selected from a heatmap cell', async () => {
    const { store } = await renderPipeline(pipelineDeals());
    await openTab('Charts');
    const heatmap = chart('Gaps by deal');
    const cell = within(heatmap)
      .getAllByRole('button')
      .find((mark) => mark.dataset.dealId === 'acme-erp' && mark.dataset.gapCode === 'saboteur-unchecked') as HTMLElement;
    expect(cell.getAttribute('aria-label')).toContain('Acme AB');
    await userEvent.click(cell);

    const expected = qualifyDeal(buildDealWithSaboteur(), { asOf: PIPELINE_AS_OF }).gaps.find((gap) => gap.code === 'saboteur-unchecked');
    expect(store.getState().view).toBe('deals');
    expect(store.getState().deal?.id).toBe('acme-erp');
    expect(store.getState().selection.gapId).toBe(expected?.id);
    const gapButton = screen.getAllByRole('button').find((b) => b.dataset.gapCode === 'saboteur-unchecked') as HTMLElement;
    expect(gapButton.getAttribute('aria-pressed')).toBe('true');
  });

  it('opens a heatmap cell from the keyboard too', async () => {
    const { store } = await renderPipeline(pipelineDeals());
    await openTab('Charts');
    const cell = within(chart('Gaps by deal'))
      .getAllByRole('button')
      .find((mark) => mark.dataset.dealId === 'cafe-bi' && mark.dataset.gapCode === 'need-unconfirmed') as HTMLElement;
    cell.focus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().deal?.id).toBe('cafe-bi');
    expect(store.getState().selection.gapId).toMatch(/need-unconfirmed/);
  });

  it('says the heatmap ranks by blockers, warnings and score, never by amounts in mixed currencies', async () => {
    await renderPipeline(pipelineDeals());
    await openTab('Charts');
    const text = chart('Gaps by deal').textContent ?? '';
    expect(text).toContain('(most blockers, then most warnings, then lowest score)');
    expect(text).not.toContain('largest amount');
  });

  it('moves between the tabs with the arrow keys', async () => {
    await renderPipeline(pipelineDeals());
    screen.getByRole('tab', { name: 'Table' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Charts' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Charts' }));
    expect(chart('Stage funnel')).toBeTruthy();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Buying center' }).getAttribute('aria-selected')).toBe('true');
  });

  it('gives every chart a table with its numbers', async () => {
    await renderPipeline(pipelineDeals());
    await openTab('Charts');

    const heatmapTable = within(chart('Gaps by deal')).getByRole('table');
    expect(within(heatmapTable).getByRole('rowheader', { name: 'BI platform' })).toBeTruthy();
    expect(within(heatmapTable).getByRole('button', { name: 'Saboteur unchecked' })).toBeTruthy();

    const funnelRows = within(within(chart('Stage funnel')).getByRole('table')).getAllByRole('row');
    expect(funnelRows.map((row) => row.textContent)).toEqual([
      'StageDealsAmount',
      expect.stringMatching(/^Lead1/),
      // The saboteur's blocker keeps that deal a prospect (issue 8).
      expect.stringMatching(/^Prospect1/),
      expect.stringMatching(/^Qualified1/),
      expect.stringMatching(/^Customer0—$/),
      expect.stringMatching(/^Lost0—$/),
    ]);

    const months = within(within(chart('Open amount by close month')).getByRole('table')).getAllByRole('rowheader');
    expect(months).toHaveLength(4);
    for (const summary of screen.getAllByText('Show as table')) expect(summary.tagName).toBe('SUMMARY');
  });

  it('shows the influence-and-support matrix of one deal with named regions', async () => {
    const { store } = await renderPipeline(pipelineDeals());
    await openTab('Buying center');
    await userEvent.selectOptions(screen.getByLabelText('Deal'), 'acme-erp');
    const matrix = chart(/^Influence and support: ERP replacement/);
    for (const label of ['Saboteurs to counter', 'People to win over', 'Allies to activate', 'People to keep informed']) {
      expect(within(matrix).getAllByText(label).length).toBeGreaterThan(0);
    }
    const people = within(within(matrix).getByRole('table')).getAllByRole('row').slice(1);
    expect(people.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Anders Nyström.*Saboteur3Saboteurs to counter$/),
      expect.stringMatching(/^Eva Berg.*Neutral3People to win over$/),
    ]);
    const mark = within(matrix).getByLabelText(/^Anders Nyström, IT Manager: Influencer, Saboteur, influence 3/);
    expect(mark).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Open in map' }));
    expect(store.getState().deal?.id).toBe('acme-erp');
  });
});
