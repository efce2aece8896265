// Trying an action that names a decision-maker writes its placeholder in the reader's language: Swedish on the map and in the what-if.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/i18n';
import { buildHealthyDeal } from '../support/deal-builder';
import { renderAppIn } from './support/render-app';

afterEach(cleanup);

/** Eva Berg without the signer's role: nobody on the map decides, so "name the decision-maker" is ranked. */
const withoutSigner = (() => {
  const deal = buildHealthyDeal();
  return { ...deal, stakeholders: deal.stakeholders.map((person) => (person.id === 'eva' ? { ...person, role: 'influencer' as const } : person)) };
})();

/** Opens the deal and clicks Try on its "name the decision-maker" action; returns the what-if banner. */
async function tryNamingTheSigner(language: Language) {
  const { store } = await renderAppIn(language, [withoutSigner]);
  store.openDeal(withoutSigner.id);
  const action = await waitFor(() => {
    const row = document.querySelector<HTMLElement>('[data-action-id="name-decision-maker"]');
    if (row === null) throw new Error('no action yet');
    return row;
  });
  const tryButton = action.querySelector<HTMLButtonElement>('button.next-action-try');
  if (tryButton === null) throw new Error('no Try button');
  await userEvent.click(tryButton);
  return { store };
}

function personNames(store: Awaited<ReturnType<typeof tryNamingTheSigner>>['store']): string[] {
  // In what-if, the open deal is the simulated one.
  return (store.getState().deal?.stakeholders ?? []).map((person) => person.name);
}

describe('placeholders in the reader language', () => {
  it('writes "Beslutsfattare (namnges)" on the map and in the what-if for a Swedish reader', async () => {
    const { store } = await tryNamingTheSigner('sv');
    const banner = screen.getByRole('region', { name: 'Simulering' });
    expect(within(banner).getByRole('list', { name: 'Vad dragen ändrar' }).textContent).toContain('Beslutsfattare (namnges)');
    expect(await screen.findAllByText('Beslutsfattare (namnges)', { selector: '.react-flow *' })).not.toHaveLength(0);
    expect(document.body.textContent).not.toContain('Decision-maker (to be named)');
    expect(personNames(store)).toContain('Beslutsfattare (namnges)');
  });

  it('writes the English placeholder as before for an English reader', async () => {
    const { store } = await tryNamingTheSigner('en');
    expect(await screen.findAllByText('Decision-maker (to be named)', { selector: '.react-flow *' })).not.toHaveLength(0);
    expect(personNames(store)).toContain('Decision-maker (to be named)');
  });
});
