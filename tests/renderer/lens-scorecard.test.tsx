import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LENSES } from '../../shared/lenses';
import type { Deal } from '../../shared/model/deal-schema';
import { buildHealthyDeal } from '../support/deal-builder';
import { renderApp, renderAppIn } from './support/render-app';

/** The app in Swedish, as main.tsx mounts it for a user who chose Svenska. */
async function renderSwedish(deals: readonly Deal[]) {
  return (await renderAppIn('sv', deals)).store;
}

afterEach(cleanup);

function scorecard(): HTMLElement {
  return screen.getByRole('region', { name: 'Lens scorecard' });
}

function lensPicker(): HTMLSelectElement {
  return within(scorecard()).getByLabelText('Lens');
}

/** The chips as "label: status", in the lens's order. */
function chips(): string[] {
  return within(scorecard())
    .getAllByRole('button')
    .filter((button) => button.dataset.criterion !== undefined)
    .map((button) => button.textContent ?? '');
}

function chip(label: string): HTMLElement {
  return within(scorecard()).getByRole('button', { name: new RegExp(`^${label}: `) });
}

/** Eva Berg (CFO) decides and champions it; a confirmed metric but no other MEDDPICC evidence. */
const dealWithMetric = () =>
  buildHealthyDeal({
    metrics: [{ id: 'm1', text: 'Days to close the books', baseline: 9, target: 3, unit: 'days', confirmedBy: 'eva' }],
  });

describe('the lens scorecard beside the map', () => {
  it('reads the deal through the workspace default until the deal picks its own lens', async () => {
    const { store } = await renderApp([dealWithMetric()]);
    expect(lensPicker().value).toBe('');
    expect(within(lensPicker()).getByRole('option', { name: 'Workspace default (Qualified prospect)' })).toBeTruthy();
    expect(chips()).toHaveLength(LENSES['qualified-prospect'].criteria.length);

    await userEvent.selectOptions(lensPicker(), 'meddpicc');
    expect(store.getState().deal?.lens).toBe('meddpicc');
    expect(chips()).toHaveLength(LENSES.meddpicc.criteria.length);
    expect(within(scorecard()).getByRole('list', { name: 'MEDDPICC criteria' })).toBeTruthy();
    expect(chip('Metrics').textContent).toContain('validated');

    // Undo brings the workspace default back; choosing it by hand drops the override from the deal.
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().deal?.lens).toBeUndefined();
    expect(lensPicker().value).toBe('');
    await userEvent.selectOptions(lensPicker(), 'bant');
    await userEvent.selectOptions(lensPicker(), '');
    expect('lens' in (store.getState().deal ?? {})).toBe(false);
    expect(within(scorecard()).getByRole('list', { name: 'Qualified prospect criteria' })).toBeTruthy();
  });

  it('shows each criterion’s status by icon, colour class and word, and names the weakest link', async () => {
    await renderApp([dealWithMetric()]);
    await userEvent.selectOptions(lensPicker(), 'meddpicc');
    const metrics = chip('Metrics');
    expect(metrics.className).toContain('status-validated');
    expect(metrics.querySelector('svg')).not.toBeNull();
    expect(within(metrics).getByText('validated')).toBeTruthy();
    expect(within(metrics).getByText('M')).toBeTruthy();
    const criteria = chip('Decision criteria');
    expect(criteria.className).toContain('status-missing');
    expect(within(criteria).getByText('missing')).toBeTruthy();
    // The first criterion with the lowest status, in MEDDPICC's order.
    expect(within(scorecard()).getByText('Weakest link:').parentElement?.textContent).toMatch(/Weakest link:.*Decision criteria — missing/);
  });

  it('opens a criterion’s evidence and next step from its chip, and shows a named person on the map', async () => {
    const { store } = await renderApp([dealWithMetric()]);
    await userEvent.selectOptions(lensPicker(), 'meddpicc');
    await userEvent.click(chip('Metrics'));
    const details = screen.getByRole('region', { name: 'MEDDPICC evidence' });
    expect(chip('Metrics').getAttribute('aria-expanded')).toBe('true');
    const metrics = within(details).getByRole('listitem', { name: 'Metrics: validated' });
    expect(metrics.className).toContain('is-focused');
    expect(metrics.textContent).toContain('Days to close the books');
    // Every criterion is there, each missing one with its next step.
    const missing = within(details).getByRole('listitem', { name: 'Decision criteria: missing' });
    expect(within(missing).getByText('No evidence yet.')).toBeTruthy();
    expect(within(missing).getByText('Next:')).toBeTruthy();

    await userEvent.click(within(metrics).getByRole('button', { name: 'Eva Berg' }));
    expect(store.getState().selection.stakeholderId).toBe('eva');
    expect(document.querySelector('[data-stakeholder-id="eva"]')?.className).toContain('is-selected');

    fireEvent.keyDown(chip('Metrics'), { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'MEDDPICC evidence' })).toBeNull();
    // Escape from the scorecard closes its details only: Eva stays selected.
    expect(store.getState().selection.stakeholderId).toBe('eva');
  });

  it('gives every MEDDPICC chip its own short label, its name still the criterion and status', async () => {
    await renderApp([dealWithMetric()]);
    await userEvent.selectOptions(lensPicker(), 'meddpicc');
    const shorts = [...scorecard().querySelectorAll('.criterion-chip-short')].map((short) => short.textContent);
    expect(shorts).toEqual(['M', 'EB', 'DC', 'DP', 'PP', 'IP', 'Ch', 'Co']);
    expect(new Set(shorts).size).toBe(LENSES.meddpicc.criteria.length);
    expect(within(scorecard()).getByRole('button', { name: 'Decision criteria: missing' })).toBeTruthy();
    expect(within(chip('Decision process')).getByText('DP').getAttribute('aria-hidden')).toBe('true');
    // BANT's letters are already distinct: they stay single letters.
    await userEvent.selectOptions(lensPicker(), 'bant');
    expect([...scorecard().querySelectorAll('.criterion-chip-short')].map((short) => short.textContent)).toEqual(['B', 'A', 'N', 'T']);
  });

  it('follows the deal as it is edited: confirming the last metric validates Metrics', async () => {
    const { store } = await renderApp([
      buildHealthyDeal({ lens: 'meddpicc', metrics: [{ id: 'm1', text: 'Days to close', baseline: 9, target: 3, unit: 'days', confirmedBy: null }] }),
    ]);
    expect(chip('Metrics').textContent).toContain('identified');
    act(() => store.edit((deal) => ({ ...deal, metrics: deal.metrics.map((m) => ({ ...m, confirmedBy: 'anders' })) })));
    expect(await screen.findByRole('button', { name: 'Metrics: validated' })).toBeTruthy();
  });

  it('speaks Swedish: criterion names, evidence, next steps and the weakest link', async () => {
    await renderSwedish([
      buildHealthyDeal({
        lens: 'meddpicc',
        metrics: [{ id: 'm1', text: 'Dagar till bokslut', baseline: 9, target: 3, unit: 'dagar', confirmedBy: 'eva' }],
      }),
    ]);
    const card = screen.getByRole('region', { name: 'Linsens poängkort' });
    expect(within(card).getByText('Svagaste länken:').parentElement?.textContent).toMatch(/Beslutskriterier — saknas/);
    const weakest = within(card).getByText('Svagaste länken:').parentElement;
    expect(weakest?.getAttribute('title')).toMatch(/^Nästa steg: Fråga .* vad lösningen måste klara för att bli vald/);
    await userEvent.click(within(card).getByRole('button', { name: /^Mätetal: / }));
    const details = screen.getByRole('region', { name: 'Belägg i MEDDPICC' });
    const metrics = within(details).getByRole('listitem', { name: 'Mätetal: bekräftat' });
    expect(metrics.textContent).toContain('Eva Berg (CFO) har bekräftat "Dagar till bokslut": från 9 till 3 dagar.');
    const paper = within(details).getByRole('listitem', { name: 'Avtalsprocess: saknas' });
    expect(paper.textContent).toMatch(/Nästa steg: Fråga .* vilka steg avtalsprocessen på Northwind AB går igenom/);
    const buyer = within(details).getByRole('listitem', { name: /^Ekonomisk beslutsfattare: / });
    expect(buyer.textContent).toContain('godkänner köpet');
    // No English sentence is left in the details.
    expect(details.textContent).not.toMatch(/ confirmed | the deal|Next:/);
  });
});

