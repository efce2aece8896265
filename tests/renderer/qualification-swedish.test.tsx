// The Qualification section's summary lines in Swedish: a pain read from the need, or none written.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHealthyDeal } from '../support/deal-builder';
import { renderAppIn } from './support/render-app';

afterEach(cleanup);

function painSummaryShown(title: string): string {
  const group = screen.getByRole('region', { name: title });
  return within(group).getByText((_, element) => element?.classList.contains('qualification-group-summary') ?? false).textContent ?? '';
}

describe('the Qualification section in Swedish', () => {
  it('says the pain comes from the need, in Swedish, with the customer’s words as written', async () => {
    await renderAppIn('sv', [buildHealthyDeal({ pain: { text: '', confirmedBy: null }, need: { confirmed: true, summary: 'Bokslutet tar nio dagar' } })]);
    expect(painSummaryShown('Identifierat problem')).toBe('ur behovet: Bokslutet tar nio dagar');
  });

  it('says nothing is written down, in Swedish and in English', async () => {
    const deal = buildHealthyDeal({ pain: { text: '', confirmedBy: null }, need: { confirmed: false, summary: '' } });
    await renderAppIn('sv', [deal]);
    expect(painSummaryShown('Identifierat problem')).toBe('inte nedskrivet');
    cleanup();
    await renderAppIn('en', [deal]);
    expect(painSummaryShown('Identified pain')).toBe('not written down');
  });
});
