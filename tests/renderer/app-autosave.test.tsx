import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDeal, buildDealWithSaboteur } from '../support/deal-builder';
import { renderApp } from './support/render-app';

afterEach(cleanup);

function saveStatus(): string {
  return screen.getByRole('status').textContent ?? '';
}

describe('the app autosaves every change and shows it', () => {
  it('goes from Saved to Saving… to Saved, and the API holds the edit', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()]);
    expect(saveStatus()).toBe('Saved');
    api.hold();
    fireEvent.change(screen.getByLabelText('Deal name'), { target: { value: 'ERP replacement 2027' } });
    await api.saveArrived();
    expect(saveStatus()).toBe('Saving…');
    api.open();
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(api.deals.get('acme-erp')).toMatchObject({ name: 'ERP replacement 2027', revision: 2 });
    expect(within(screen.getByRole('list', { name: 'Deals' })).getByText('ERP replacement 2027')).toBeTruthy();
  });

  it('shows a conflict with a Reload deal button that brings back the file', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()]);
    api.touchOnDisk('acme-erp', { account: 'Acme Holding' });
    fireEvent.change(screen.getByLabelText('Deal name'), { target: { value: 'Mine' } });
    await waitFor(() => expect(saveStatus()).toMatch(/^Save failed: .*changed on disk/));
    await userEvent.click(screen.getByRole('button', { name: 'Reload deal' }));
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect((screen.getByLabelText('Account') as HTMLInputElement).value).toBe('Acme Holding');
    expect((screen.getByLabelText('Deal name') as HTMLInputElement).value).toBe('ERP replacement');
  });

  it('still shows the conflict after switching to another deal and back, never a false Saved', async () => {
    const other = buildDeal({ id: 'aaa-first', name: 'Alpha' });
    const { api } = await renderApp([other, buildDealWithSaboteur()]);
    await userEvent.click(screen.getByRole('button', { name: /ERP replacement/ }));
    api.touchOnDisk('acme-erp', { account: 'Acme Holding' });
    fireEvent.change(screen.getByLabelText('Deal name'), { target: { value: 'Mine' } });
    await waitFor(() => expect(saveStatus()).toMatch(/^Save failed: .*changed on disk/));

    await userEvent.click(screen.getByRole('button', { name: /Alpha/ }));
    expect(saveStatus()).toBe('Saved');
    await userEvent.click(screen.getByRole('button', { name: /Mine/ }));
    expect(saveStatus()).toMatch(/^Save failed: .*changed on disk/);
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: 'Someone else' } });
    expect(saveStatus()).toMatch(/^Save failed/);
    expect(screen.getByRole('button', { name: 'Reload deal' })).toBeTruthy();
    expect(api.deals.get('acme-erp')?.name).toBe('ERP replacement');
  });

  it('sends pending edits at once when the page goes away, without waiting for the pause', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()], undefined, 60_000);
    fireEvent.change(screen.getByLabelText('Deal name'), { target: { value: 'Typed just before closing' } });
    expect(saveStatus()).toBe('Saving…');
    expect(api.saved).toHaveLength(0);
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(() => expect(api.deals.get('acme-erp')?.name).toBe('Typed just before closing'));
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
  });

  it('says a deal that breaks the format is not saved', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()]);
    fireEvent.change(screen.getByLabelText('Deal name'), { target: { value: '' } });
    await waitFor(() => expect(saveStatus()).toMatch(/^Not saved: name/));
    expect(api.saved).toHaveLength(0);
  });
});

describe('the app maps the buying center', () => {
  it('reopens the last deal, highlights a gap and clears it with Escape', async () => {
    const other = buildDeal({ id: 'aaa-first', name: 'Alpha' });
    const first = await renderApp([other, buildDealWithSaboteur()]);
    await userEvent.click(screen.getByRole('button', { name: /ERP replacement/ }));
    cleanup();
    await renderApp([other, buildDealWithSaboteur()], first.storage);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ERP replacement');

    const gap = screen.getAllByRole('button').find((b) => b.dataset.gapCode === 'saboteur-unchecked');
    if (!gap) throw new Error('no saboteur-unchecked gap');
    await userEvent.click(gap);
    await waitFor(() => expect(nodeClass('eva')).toContain('is-highlighted'));
    expect(nodeClass('anders')).toContain('is-highlighted');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(nodeClass('eva')).not.toContain('is-highlighted'));
  });

  it('adds a stakeholder, edits it, deletes it and undoes the delete', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()]);
    await userEvent.click(screen.getByRole('button', { name: 'Add stakeholder' }));
    const name = screen.getByLabelText('Name');
    fireEvent.change(name, { target: { value: 'Karin Holm' } });
    await userEvent.selectOptions(screen.getByLabelText('Stance'), 'champion');
    await waitFor(() => expect(api.deals.get('acme-erp')?.stakeholders.at(-1)).toMatchObject({ name: 'Karin Holm', stance: 'champion' }));
    expect(document.querySelector('[data-stakeholder-id="new-stakeholder"]')).not.toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Delete stakeholder' }));
    await waitFor(() => expect(document.querySelector('[data-stakeholder-id="new-stakeholder"]')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(document.querySelector('[data-stakeholder-id="new-stakeholder"]')).not.toBeNull());
    await waitFor(() => expect(api.deals.get('acme-erp')?.stakeholders).toHaveLength(3));
  });

  it('invites adding a decision-maker to a deal without one', async () => {
    await renderApp([buildDeal()]);
    // happy-dom measures no node, so React Flow keeps them hidden from the accessibility tree;
    // a plain click also spares d3-zoom a mousedown without a window.
    fireEvent.click(screen.getByText('Add a decision-maker', { selector: 'button' }));
    expect((screen.getByLabelText('Role') as HTMLSelectElement).value).toBe('decision-maker');
    await waitFor(() => expect(screen.queryByText('Add a decision-maker')).toBeNull());
    expect(document.querySelector('[data-stakeholder-id="new-decision-maker"]')).not.toBeNull();
  });
});

function nodeClass(stakeholderId: string): string {
  const card = document.querySelector(`[data-stakeholder-id="${stakeholderId}"]`);
  return card?.closest('.react-flow__node')?.className ?? '';
}
