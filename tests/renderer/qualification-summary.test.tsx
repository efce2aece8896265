// The gap counts in the qualification summary and the folded rail: red and amber only when there is something to flag.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDealWithSaboteur, buildHealthyDeal } from '../support/deal-builder';
import { renderApp } from './support/render-app';

afterEach(cleanup);

function summaryCount(severity: 'blocker' | 'warning'): HTMLElement {
  const counts = screen.getByRole('region', { name: 'Gaps' }).querySelector<HTMLElement>(`.summary-counts .count-${severity}`);
  if (!counts) throw new Error(`no ${severity} count`);
  return counts;
}

describe('the gap counts', () => {
  it('shows zero blockers neutral, not in the blocker colour', async () => {
    await renderApp([buildHealthyDeal()]);
    expect(summaryCount('blocker').textContent).toBe('0 blockers');
    expect(summaryCount('blocker').classList.contains('is-zero')).toBe(true);
  });

  it('keeps the blocker colour while blockers stand, in the panel and on the folded rail', async () => {
    await renderApp([buildDealWithSaboteur()]);
    const blockers = summaryCount('blocker');
    expect(blockers.textContent).toMatch(/^[1-9]\d* blockers?$/);
    expect(blockers.classList.contains('is-zero')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Hide side panel' }));
    const rail = screen.getByRole('list', { name: 'Gap counts' });
    const railBlockers = within(rail).getAllByRole('listitem')[0];
    expect(railBlockers?.className).toBe('rail-count count-blocker');
  });
});
