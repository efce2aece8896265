// What-if in the app: the toggle, banner and diff; scratch edits never reach the API until applied.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDeal, buildDealWithSaboteur } from '../support/deal-builder';
import { renderApp } from './support/render-app';

afterEach(cleanup);

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label, { selector: 'input, select, textarea' });
}

function gapCodes(): string[] {
  const gaps = screen.getByRole('region', { name: 'Gaps' });
  return [...gaps.querySelectorAll<HTMLElement>('button[data-gap-code]')].map((b) => b.dataset.gapCode ?? '');
}

function openStakeholder(id: string): void {
  const card = document.querySelector(`[data-stakeholder-id="${id}"]`);
  if (!card) throw new Error(`no card for ${id}`);
  fireEvent.click(card);
}

async function simulateNeutralSaboteur() {
  const rendered = await renderApp([buildDealWithSaboteur(), buildDeal({ id: 'zeta', name: 'Zeta' })]);
  const toggle = screen.getByRole('button', { name: 'What-if' });
  expect(toggle.getAttribute('aria-pressed')).toBe('false');
  await userEvent.click(toggle);
  expect(toggle.getAttribute('aria-pressed')).toBe('true');
  openStakeholder('anders');
  await userEvent.selectOptions(field('Stance'), 'neutral');
  return rendered;
}

describe('what-if in the app', () => {
  it('shows the banner and the diff live, and never saves while simulating', async () => {
    const { api, store } = await simulateNeutralSaboteur();
    const banner = screen.getByRole('region', { name: 'What-if simulation' });
    expect(within(banner).getByText('Simulating — nothing is saved until you apply')).toBeTruthy();
    expect(document.querySelector('.map-pane')?.className).toContain('is-simulating');
    expect(gapCodes()).not.toContain('saboteur-unchecked');

    const closed = within(banner).getByRole('list', { name: 'Gaps closed' });
    expect(closed.querySelector('[data-gap-code="saboteur-unchecked"]')).not.toBeNull();
    expect(within(banner).getByText('Score').nextElementSibling?.textContent).toMatch(/^\d+ → \d+ \(\+\d+\)$/);

    fireEvent.change(field('Name'), { target: { value: 'Anders the convert' } });
    await store.flushPendingSaves();
    expect(api.saved).toHaveLength(0);
    const list = screen.getByRole('list', { name: 'Deals' });
    expect(within(list).getByText('ERP replacement')).toBeTruthy();
  });

  it('discards back to the saved deal: the gap is back and nothing was written', async () => {
    const { api } = await simulateNeutralSaboteur();
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('region', { name: 'What-if simulation' })).toBeNull();
    expect(screen.getByRole('button', { name: 'What-if' }).getAttribute('aria-pressed')).toBe('false');
    expect(gapCodes()).toContain('saboteur-unchecked');
    expect(field('Stance').value).toBe('saboteur');
    expect(api.saved).toHaveLength(0);
  });

  it('applies as one save, undone in one step', async () => {
    const { api } = await simulateNeutralSaboteur();
    fireEvent.change(field('Title'), { target: { value: 'Former skeptic' } });
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(api.saved).toHaveLength(1);
    expect(api.deals.get('acme-erp')?.stakeholders.find((s) => s.id === 'anders')).toMatchObject({
      stance: 'neutral',
      title: 'Former skeptic',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(field('Stance').value).toBe('saboteur');
    expect(field('Title').value).toBe('IT Manager');
  });

  it('asks before opening another deal, and discarding opens it with the saved deal untouched', async () => {
    const { api, store } = await simulateNeutralSaboteur();
    await userEvent.click(screen.getByRole('button', { name: /Zeta/ }));
    const dialog = screen.getByRole('dialog', { name: 'Leave the what-if simulation?' });
    expect(dialog.textContent).toContain('then open “Zeta”');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Zeta'));
    expect(api.saved).toHaveLength(0);
    // The list's summary of the saved deal still counts Anders as an unchecked saboteur.
    expect(store.getState().deals.find((d) => d.id === 'acme-erp')?.gaps.some(([code]) => code === 'saboteur-unchecked')).toBe(true);
  });

  it('asks when the toggle ends a simulation with changes; keeping on simulating changes nothing', async () => {
    await simulateNeutralSaboteur();
    await userEvent.click(screen.getByRole('button', { name: 'What-if' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave the what-if simulation?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep simulating' }));
    expect(screen.getByRole('region', { name: 'What-if simulation' })).toBeTruthy();
    expect(field('Stance').value).toBe('neutral');
  });
});

describe('leaving the app while simulating', () => {
  // The DOM typings give BeforeUnloadEvent no constructor arguments; happy-dom's takes the usual ones.
  const BeforeUnload = BeforeUnloadEvent as unknown as new (type: string, init: EventInit) => BeforeUnloadEvent;
  const leave = () => {
    const event = new BeforeUnload('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('asks in a browser, where a reload would lose the simulation, and saves nothing', async () => {
    const { api, store } = await simulateNeutralSaboteur();
    expect(store.hasUnsavedChanges()).toBe(false);
    expect(leave()).toBe(true);
    await store.flushPendingSaves();
    expect(api.saved).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(leave()).toBe(false);
  });

  it('never holds the desktop window: closing drops the simulation, which was never saved', async () => {
    const { api } = await simulateNeutralSaboteur();
    window.dealmap = api;
    try {
      expect(leave()).toBe(false);
    } finally {
      delete window.dealmap;
    }
  });
});

describe('the gap list', () => {
  it('shows the influence path behind a gap and a coach’s questions under it', async () => {
    await renderApp([buildDealWithSaboteur()]);
    const gaps = screen.getByRole('region', { name: 'Gaps' });
    const row = gaps.querySelector('button[data-gap-code="saboteur-unchecked"]')?.closest('li');
    if (!row) throw new Error('no saboteur-unchecked row');
    expect(within(row).getByText('Path: Anders Nyström → Eva Berg (strength 3)')).toBeTruthy();
    const questions = within(row).getByRole('list', { name: 'Coaching questions' });
    expect(within(questions).getAllByRole('listitem').length).toBeGreaterThanOrEqual(1);
    for (const item of within(gaps).getAllByRole('list', { name: 'Coaching questions' })) {
      expect(item.textContent?.length).toBeGreaterThan(10);
    }
  });

});
