import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deal } from '../../shared/model/deal-schema';
import { buildHealthyDeal } from '../support/deal-builder';
import { renderApp, renderAppIn } from './support/render-app';

afterEach(cleanup);

/** Opens the Qualification group (if folded) and answers it. */
async function openGroup(title: string): Promise<HTMLElement> {
  const group = screen.getByRole('region', { name: title });
  const header = within(group).getAllByRole('button')[0] as HTMLElement;
  if (header.getAttribute('aria-expanded') === 'false') await userEvent.click(header);
  return group;
}

function input(scope: HTMLElement, label: string): HTMLInputElement {
  return within(scope).getByLabelText(label, { selector: 'input, select, textarea' });
}

function type(scope: HTMLElement, label: string, value: string): void {
  fireEvent.change(input(scope, label), { target: { value } });
}

async function undo(): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
}

async function renderDeal(overrides: Partial<Deal> = {}) {
  const rendered = await renderApp([buildHealthyDeal(overrides)]);
  const deal = () => rendered.store.getState().deal as Deal;
  return { ...rendered, deal };
}

describe('the Qualification section of the deal details', () => {
  it('edits the pain, budget and timeframe, confirmed by a stakeholder, each undoable and saved', async () => {
    const { deal, api } = await renderDeal();
    const pain = await openGroup('Identified pain');
    type(pain, 'Pain', 'Nine-day close');
    await userEvent.selectOptions(input(pain, 'Pain confirmed by'), 'Eva Berg');
    expect(deal().pain).toEqual({ text: 'Nine-day close', confirmedBy: 'eva' });
    expect(within(pain).getAllByRole('button')[0]?.textContent).toContain('confirmed');

    const budget = await openGroup('Budget');
    type(budget, 'Budget amount', '500000');
    await userEvent.selectOptions(input(budget, 'Budget confirmed by'), 'anders');
    type(budget, 'Budget note', 'Next year’s IT budget');
    expect(deal().budget).toEqual({ amount: 500_000, confirmedBy: 'anders', note: 'Next year’s IT budget' });
    await undo();
    expect(deal().budget.note).toBe('');
    await undo();
    expect(deal().budget.confirmedBy).toBeNull();

    const timeframe = await openGroup('Timeframe');
    type(timeframe, 'Compelling event', 'Auditors arrive');
    type(timeframe, 'Event date', '2027-03-01');
    await userEvent.selectOptions(input(timeframe, 'Timeframe confirmed by'), 'eva');
    expect(deal().timeframe).toEqual({ event: 'Auditors arrive', date: '2027-03-01', confirmedBy: 'eva' });
    await waitFor(() => expect(api.deals.get('northwind-erp')?.timeframe.confirmedBy).toBe('eva'));
  });

  it('keeps a typed text as typed, spaces included, and one undo step for the typing', async () => {
    const { deal, store } = await renderDeal();
    const pain = await openGroup('Identified pain');
    for (const typed of ['Nine', 'Nine ', 'Nine days ']) type(pain, 'Pain', typed);
    expect(input(pain, 'Pain').value).toBe('Nine days ');
    expect(deal().pain.text).toBe('Nine days ');
    const steps = store.getState().history.past.length;
    await undo();
    expect(store.getState().history.past.length).toBe(steps - 1);
    expect(deal().pain.text).toBe('');
  });

  it('adds, edits and removes metrics, with numbers and who confirmed them', async () => {
    const { deal } = await renderDeal();
    const metrics = await openGroup('Metrics');
    await userEvent.click(within(metrics).getByRole('button', { name: 'Add metric' }));
    const first = within(metrics).getByRole('listitem', { name: 'Metric 1' });
    type(first, 'Metric 1', 'Days to close the books');
    type(first, 'Baseline', '9');
    type(first, 'Target', '3');
    type(first, 'Unit', 'days');
    await userEvent.selectOptions(input(first, 'Confirmed by'), 'eva');
    expect(deal().metrics).toEqual([
      { id: 'm1', text: 'Days to close the books', baseline: 9, target: 3, unit: 'days', confirmedBy: 'eva' },
    ]);
    type(first, 'Target', '');
    expect(deal().metrics[0]?.target).toBeNull();
    expect(within(metrics).getAllByRole('button')[0]?.textContent).toContain('1 metric, 1 confirmed');
    await userEvent.click(within(first).getByRole('button', { name: 'Remove metric 1' }));
    expect(deal().metrics).toEqual([]);
    await undo();
    expect(deal().metrics).toHaveLength(1);
  });

  it('adds and confirms decision criteria', async () => {
    const { deal } = await renderDeal();
    const criteria = await openGroup('Decision criteria');
    await userEvent.click(within(criteria).getByRole('button', { name: 'Add criterion' }));
    const first = within(criteria).getByRole('listitem', { name: 'Criterion 1' });
    type(first, 'Criterion 1', 'Runs on our Azure tenant');
    await userEvent.selectOptions(input(first, 'Confirmed by'), 'anders');
    expect(deal().decisionCriteria).toEqual([{ id: 'c1', text: 'Runs on our Azure tenant', confirmedBy: 'anders' }]);
    await userEvent.click(within(first).getByRole('button', { name: 'Remove criterion 1' }));
    expect(deal().decisionCriteria).toEqual([]);
  });

  it('keeps dated steps of the decision process: add, date, tick done, reorder, remove, confirm', async () => {
    const { deal } = await renderDeal();
    const process = await openGroup('Decision process');
    const add = within(process).getByRole('button', { name: 'Add step' });
    await userEvent.click(add);
    await userEvent.click(add);
    type(within(process).getByRole('listitem', { name: 'Decision step 1' }), 'Decision step 1', 'Demo');
    const second = within(process).getByRole('listitem', { name: 'Decision step 2' });
    type(second, 'Decision step 2', 'Steering committee');
    type(second, 'Date', '2027-01-15');
    await userEvent.click(within(second).getByRole('checkbox', { name: 'Done' }));
    expect(within(second).getByRole('button', { name: 'Move decision step 2 down' })).toHaveProperty('disabled', true);
    await userEvent.click(within(second).getByRole('button', { name: 'Move decision step 2 up' }));
    expect(deal().decisionProcess.steps).toEqual([
      { id: 's2', text: 'Steering committee', date: '2027-01-15', done: true },
      { id: 's1', text: 'Demo', date: null, done: false },
    ]);
    await userEvent.selectOptions(input(process, 'Decision process confirmed by'), 'eva');
    expect(deal().decisionProcess.confirmedBy).toBe('eva');
    await undo();
    await undo();
    expect(deal().decisionProcess.steps.map((step) => step.id)).toEqual(['s1', 's2']);
    await userEvent.click(within(process).getByRole('button', { name: 'Remove decision step 1' }));
    expect(deal().decisionProcess.steps.map((step) => step.id)).toEqual(['s2']);
    // The paper process is its own list.
    const paper = await openGroup('Paper process');
    await userEvent.click(within(paper).getByRole('button', { name: 'Add step' }));
    expect(deal().paperProcess.steps).toHaveLength(1);
    expect(deal().decisionProcess.steps).toHaveLength(1);
  });

  it('lists the competition, with "Do nothing" added in one click and only once', async () => {
    const { deal } = await renderDeal();
    const competition = await openGroup('Competition');
    await userEvent.click(within(competition).getByRole('button', { name: 'Add “Do nothing”' }));
    expect(within(competition).queryByRole('button', { name: 'Add “Do nothing”' })).toBeNull();
    await userEvent.click(within(competition).getByRole('button', { name: 'Add competitor' }));
    const second = within(competition).getByRole('listitem', { name: 'Competitor 2' });
    type(second, 'Competitor 2', 'Globex ERP');
    await userEvent.selectOptions(input(second, 'Kind'), 'in-house');
    type(second, 'Note', 'Their own IT team');
    expect(deal().competition).toEqual([
      { id: 'k1', name: 'Do nothing', kind: 'do-nothing', note: '' },
      { id: 'k2', name: 'Globex ERP', kind: 'in-house', note: 'Their own IT team' },
    ]);
    expect(within(competition).getAllByRole('button')[0]?.textContent).toContain('Do nothing, Globex ERP');
  });

  it('names "Do nothing" in the language of the user who adds it', async () => {
    const { store } = await renderAppIn('sv', [buildHealthyDeal()]);
    const competition = await openGroup('Konkurrens');
    await userEvent.click(within(competition).getByRole('button', { name: 'Lägg till ”Göra ingenting”' }));
    expect((store.getState().deal as Deal).competition).toEqual([{ id: 'k1', name: 'Göra ingenting', kind: 'do-nothing', note: '' }]);
  });
});

describe('the champion test in the stakeholder editor', () => {
  it('records power, influence and a personal stake, undoes it and clears it back to untested', async () => {
    const { deal } = await renderDeal();
    const card = document.querySelector('[data-stakeholder-id="anders"]');
    if (!card) throw new Error('no card for anders');
    fireEvent.click(card);
    const test = screen.getByRole('group', { name: 'Champion test' });
    expect(within(test).getByText('Not tested yet.')).toBeTruthy();
    await userEvent.click(within(test).getByRole('checkbox', { name: 'Has power' }));
    await userEvent.click(within(test).getByRole('checkbox', { name: 'Has influence' }));
    type(test, 'Personal stake', 'Wants to run the new platform');
    const anders = () => deal().stakeholders.find((s) => s.id === 'anders');
    expect(anders()?.championTest).toEqual({ power: true, influence: true, personalStake: 'Wants to run the new platform' });
    expect(within(test).getByText(/^Passes/)).toBeTruthy();
    await undo();
    expect(anders()?.championTest?.personalStake).toBe('');
    await userEvent.click(within(test).getByRole('button', { name: 'Clear test' }));
    expect(anders()?.championTest).toBeUndefined();
  });

  it('forgets what a deleted stakeholder confirmed, so the deal still saves', async () => {
    const { deal, api } = await renderDeal({ pain: { text: 'Nine-day close', confirmedBy: 'anders' } });
    const card = document.querySelector('[data-stakeholder-id="anders"]');
    if (!card) throw new Error('no card for anders');
    fireEvent.click(card);
    await userEvent.click(screen.getByRole('button', { name: 'Delete stakeholder' }));
    expect(deal().pain).toEqual({ text: 'Nine-day close', confirmedBy: null });
    await waitFor(() => expect(api.deals.get('northwind-erp')?.stakeholders).toHaveLength(1));
  });
});
