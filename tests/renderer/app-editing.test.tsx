import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { completeLayout, placeholderPosition } from '../../shared/layout/complete-layout';
import { buildDeal, buildDealWithSaboteur, stakeholder } from '../support/deal-builder';
import { renderApp } from './support/render-app';

afterEach(cleanup);

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label, { selector: 'input, select, textarea' });
}

describe('editing in the app', () => {
  it('puts the cursor in a new stakeholder’s name, its text selected to type over', async () => {
    await renderApp([buildDealWithSaboteur()]);
    await userEvent.click(screen.getByRole('button', { name: 'Add stakeholder' }));
    const name = field('Name');
    expect(document.activeElement).toBe(name);
    expect([name.selectionStart, name.selectionEnd]).toEqual([0, name.value.length]);
    // Choosing someone already on the map opens their editor without taking the focus.
    const eva = document.querySelector('[data-stakeholder-id="eva"]');
    if (!eva) throw new Error('no card for eva');
    fireEvent.click(eva);
    await waitFor(() => expect(field('Name').value).toBe('Eva Berg'));
    expect(document.activeElement).not.toBe(field('Name'));
  });

  it('places the new decision-maker where the placeholder invited one, above the others', async () => {
    const deal = buildDeal({ stakeholders: [stakeholder({ id: 'olle' }), stakeholder({ id: 'maja' })] });
    const invitation = placeholderPosition(Object.values(completeLayout(deal)));
    const { store } = await renderApp([deal]);
    fireEvent.click(screen.getByText('Add a decision-maker', { selector: 'button' }));
    const layout = store.getState().deal?.layout ?? {};
    expect(layout['new-decision-maker']).toEqual(invitation);
    expect(layout.olle).toEqual(completeLayout(deal).olle);
  });

  it('undoes with Ctrl+Z a choice made in a select that still has the focus', async () => {
    await renderApp([buildDealWithSaboteur()]);
    await userEvent.selectOptions(field('Status'), 'won');
    expect(field('Status').value).toBe('won');
    field('Status').focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(field('Status').value).toBe('open');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(field('Status').value).toBe('won');
  });

  it('adds a relation once: adding the same one again is no new undo step and no save', async () => {
    const { api, store } = await renderApp([buildDealWithSaboteur()]);
    const eva = document.querySelector('[data-stakeholder-id="eva"]');
    if (!eva) throw new Error('no card for eva');
    fireEvent.click(eva);
    await userEvent.selectOptions(field('Relation kind'), 'manages');
    await userEvent.selectOptions(field('Relation target'), 'anders');
    await userEvent.click(screen.getByRole('button', { name: 'Add relation' }));
    await waitFor(() => expect(api.saved).toHaveLength(1));
    const steps = store.getState().history.past.length;
    await userEvent.click(screen.getByRole('button', { name: 'Add relation' }));
    expect(store.getState().history.past).toHaveLength(steps);
    expect(store.getState().saveStatus).toEqual({ kind: 'saved' });
    expect(api.saved).toHaveLength(1);
  });

  it('keeps an amount as typed, so 1234.05 is not read as 12345', async () => {
    const { store } = await renderApp([buildDealWithSaboteur()]);
    const amount = field('Amount');
    for (const typed of ['1', '12', '1234', '1234.', '1234.0', '1234.05']) {
      fireEvent.change(amount, { target: { value: typed } });
      expect(amount.value).toBe(typed);
    }
    expect(store.getState().deal?.amount).toBe(1234.05);
    fireEvent.change(amount, { target: { value: '' } });
    expect(store.getState().deal?.amount).toBeUndefined();
    // The typing was one edit: undo brings back the amount from before it, into the field too.
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(amount.value).toBe(String(buildDealWithSaboteur().amount ?? ''));
  });

  it('shows a negative amount as wrong and leaves the deal’s amount alone', async () => {
    const { store } = await renderApp([buildDealWithSaboteur({ amount: 480_000 })]);
    fireEvent.change(field('Amount'), { target: { value: '-5' } });
    expect(screen.getByText(/Enter an amount of 0 or more/)).toBeTruthy();
    expect(store.getState().deal?.amount).toBe(480_000);
  });
});

describe('deals in the app', () => {
  it('refuses a new deal with the name and account of one already listed', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()]);
    await userEvent.click(screen.getByRole('button', { name: 'New deal' }));
    const dialog = screen.getByRole('dialog', { name: 'New deal' });
    const existing = buildDealWithSaboteur();
    fireEvent.change(within(dialog).getByLabelText('Deal name'), { target: { value: ` ${existing.name.toUpperCase()} ` } });
    fireEvent.change(within(dialog).getByLabelText('Account'), { target: { value: existing.account } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create deal' }));
    expect(within(dialog).getByRole('alert').textContent).toContain(`already has a deal named “${existing.name}”`);
    expect(api.deals.size).toBe(1);

    fireEvent.change(within(dialog).getByLabelText('Account'), { target: { value: 'Another account AB' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create deal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.deals.size).toBe(2);
  });

  it('after deleting a deal, opens the one that moved up into its row', async () => {
    const deals = ['Alpha', 'Bravo', 'Charlie'].map((name) => buildDeal({ id: name.toLowerCase(), name }));
    await renderApp(deals);
    await userEvent.click(screen.getByRole('button', { name: /^Bravo/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete deal' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm delete' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Charlie'));

    await userEvent.click(screen.getByRole('button', { name: 'Delete deal' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm delete' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Alpha'));
  });

  it('invites a user with an empty workspace to create a first deal', async () => {
    const { api } = await renderApp([]);
    expect(screen.getByRole('heading', { name: 'No deals in this workspace yet' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Create a deal' }));
    const dialog = screen.getByRole('dialog', { name: 'New deal' });
    fireEvent.change(within(dialog).getByLabelText('Deal name'), { target: { value: 'Warehouse robots' } });
    fireEvent.change(within(dialog).getByLabelText('Account'), { target: { value: 'Lagerhus AB' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create deal' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Warehouse robots'));
    expect(api.deals.has('warehouse-robots')).toBe(true);
  });
});
