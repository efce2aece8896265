// What-if from the keyboard: focus never falls to the page body, and the Deals tab shows a pending simulation.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDealWithSaboteur } from '../support/deal-builder';
import { renderApp } from './support/render-app';
import { pipelineShown } from './pipeline/render-pipeline';

afterEach(cleanup);

const TRY = 'Try: Win over Anders Nyström (IT Manager)';

function toggle(): HTMLElement {
  return screen.getByRole('button', { name: 'What-if' });
}

function banner(): HTMLElement {
  return screen.getByRole('region', { name: 'What-if simulation' });
}

/** Presses a button the keyboard way: focus it, then Enter. */
async function pressEnterOn(button: HTMLElement): Promise<void> {
  button.focus();
  await userEvent.keyboard('{Enter}');
}

async function tryFirstAction(): Promise<void> {
  await renderApp([buildDealWithSaboteur()]);
  await pressEnterOn(screen.getByRole('button', { name: TRY }));
}

describe('what-if focus', () => {
  it('moves focus to the banner’s heading when a next action is tried', async () => {
    await tryFirstAction();
    const heading = within(banner()).getByRole('heading', { name: /Simulating — nothing is saved until you apply/ });
    expect(document.activeElement).toBe(heading);
  });

  it('gives focus to the What-if toggle after Discard', async () => {
    await tryFirstAction();
    await pressEnterOn(within(banner()).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('region', { name: 'What-if simulation' })).toBeNull();
    expect(document.activeElement).toBe(toggle());
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
  });

  it('gives focus to the What-if toggle after Apply', async () => {
    await tryFirstAction();
    await pressEnterOn(within(banner()).getByRole('button', { name: 'Apply' }));
    expect(screen.queryByRole('region', { name: 'What-if simulation' })).toBeNull();
    expect(document.activeElement).toBe(toggle());
  });
});

describe('the view switch while simulating', () => {
  it('marks the Deals tab “what-if pending”, with a description, until the simulation ends', async () => {
    await renderApp([buildDealWithSaboteur()]);
    const deals = screen.getByRole('button', { name: 'Deals' });
    expect(deals.getAttribute('aria-describedby')).toBeNull();
    expect(deals.textContent).toBe('Deals');

    await userEvent.click(screen.getByRole('button', { name: TRY }));
    await userEvent.click(screen.getByRole('button', { name: 'Pipeline' }));
    await pipelineShown();
    const marked = screen.getByRole('button', { name: 'Deals' });
    expect(marked.textContent).toBe('Dealswhat-if pending');
    expect(marked.querySelector('.view-switch-pending-dot')).not.toBeNull();
    const description = document.getElementById(marked.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe(
      'A what-if simulation on “ERP replacement” is pending: nothing is saved until you apply or discard it.',
    );

    await userEvent.click(marked);
    await userEvent.click(within(banner()).getByRole('button', { name: 'Discard' }));
    expect(screen.getByRole('button', { name: 'Deals' }).textContent).toBe('Deals');
    expect(screen.getByRole('button', { name: 'Deals' }).getAttribute('aria-describedby')).toBeNull();
  });
});
