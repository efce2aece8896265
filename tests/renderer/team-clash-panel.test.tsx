// The clash panel: both values with who set them, and Keep saves the pick with the clash record gone.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHealthyDeal, withStakeholder } from '../support/deal-builder';
import { renderApp, renderAppIn } from './support/render-app';

afterEach(cleanup);

const clashed = {
  ...withStakeholder(buildHealthyDeal(), 'eva', { stance: 'saboteur' }),
  clashes: [
    {
      id: 'clash-1',
      path: ['stakeholders', 'eva', 'stance'],
      label: 'Eva Berg: stance',
      current: { value: 'saboteur', by: 'Nils Ek', at: '2026-12-02T10:00:00Z' },
      other: { value: 'supporter', by: 'Sara Lind', at: '2026-12-02T09:00:00Z' },
    },
  ],
};

describe('the clash panel', () => {
  it('shows both values with their authors and saves the one kept', async () => {
    const { api } = await renderApp([clashed]);
    const panel = await screen.findByRole('region', { name: 'A teammate changed the same field' });
    expect(panel.textContent).toMatch(/Eva Berg › Stance.*Saboteur.*Nils Ek.*Supporter.*Sara Lind/);
    await userEvent.click(within(panel).getByRole('button', { name: 'Eva Berg › Stance: keep Supporter (Sara Lind)' }));
    await waitFor(() => expect(api.saved.length).toBeGreaterThan(0));
    const saved = api.saved[api.saved.length - 1];
    expect([saved?.stakeholders.find((person) => person.id === 'eva')?.stance, saved?.clashes]).toEqual(['supporter', undefined]);
    expect(screen.queryByRole('region', { name: 'A teammate changed the same field' })).toBeNull();
  });

  it('names the field in Swedish from its path, and by the words stored with it once the path names nobody', async () => {
    const gone = { id: 'clash-2', path: ['stakeholders', 'kim', 'title'], label: 'Kim Ek: title', current: { value: 'CFO', by: 'Nils Ek', at: '' }, other: { value: 'CEO', by: 'Sara Lind', at: '' } };
    await renderAppIn('sv', [{ ...clashed, clashes: [...clashed.clashes, gone] }]);
    const panel = await screen.findByRole('region', { name: 'Kollegor ändrade samma 2 fält' });
    expect([...panel.querySelectorAll('.clash-label')].map((label) => label.textContent)).toEqual(['Eva Berg › Hållning', 'Kim Ek: title']);
    expect(within(panel).getByRole('button', { name: 'Eva Berg › Hållning: behåll Förespråkare (Sara Lind)' })).toBeTruthy();
  });

  it('shows a confirmation both changed by the people’s names, in Swedish and English', async () => {
    const confirmed = { ...clashed, need: { ...clashed.need, confirmedBy: 'eva' }, clashes: [{ id: 'clash-3', path: ['need', 'confirmedBy'], label: 'Need confirmed by', current: { value: 'eva', by: 'Nils Ek', at: '' }, other: { value: 'anders', by: 'Sara Lind', at: '' } }] };
    await renderAppIn('sv', [confirmed]);
    const panel = await screen.findByRole('region', { name: 'En kollega ändrade samma fält' });
    expect([...panel.querySelectorAll('.clash-value')].map((value) => value.textContent)).toEqual(['Eva Berg', 'Anders Holm']);
    cleanup();
    await renderApp([confirmed]);
    const english = await screen.findByRole('region', { name: 'A teammate changed the same field' });
    expect(within(english).getByRole('button', { name: 'Need confirmed by: keep Anders Holm (Sara Lind)' })).toBeTruthy();
  });

  it('is not there for a deal without clashes, and a plain workspace offers to share it', async () => {
    await renderApp([buildHealthyDeal()]);
    await screen.findByRole('button', { name: 'Share with a team…' });
    expect(screen.queryByRole('region', { name: 'A teammate changed the same field' })).toBeNull();
  });
});
