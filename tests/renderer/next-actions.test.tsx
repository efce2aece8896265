// The side panel's next best actions: the ranked top five, and Try opening one in what-if with its diff.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { inEnglish } from '../support/english-gaps';
import { rankDealActions } from '../../shared/actions';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../shared/settings/workspace-settings';
import { topNextActions } from '../../renderer/state/what-if-ranking';
import { buildDealWithSaboteur, buildHealthyDeal } from '../support/deal-builder';
import { renderApp } from './support/render-app';

afterEach(cleanup);

const AS_OF = '2026-11-27';

function actionRows(): HTMLElement[] {
  const region = screen.getByRole('region', { name: 'Next best actions' });
  return within(region).queryAllByRole('listitem');
}

describe('next best actions', () => {
  it('lists the top five of the ranking in order, each with why, blockers cleared and score gain', async () => {
    const deal = buildDealWithSaboteur();
    await renderApp([deal]);
    const ranked = rankDealActions(deal, { asOf: AS_OF, settings: DEFAULT_WORKSPACE_SETTINGS }).slice(0, 5);
    expect(ranked.length).toBeGreaterThan(1);
    const rows = actionRows();
    expect(rows.map((row) => row.dataset.actionId)).toEqual(ranked.map((action) => action.id));
    const [first] = rows;
    const best = ranked[0];
    if (!first || !best) throw new Error('no action');
    expect(within(first).getByText(inEnglish(best.title))).toBeTruthy();
    expect(within(first).getByText(inEnglish(best.why))).toBeTruthy();
    expect(within(first).getByText(`Clears ${best.blockersCleared} blocker`)).toBeTruthy();
    expect(within(first).getByText(`Score +${best.scoreGain}`)).toBeTruthy();
  });

  it('tries an action in what-if: its moves applied, the diff shown, nothing saved', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()]);
    await userEvent.click(screen.getByRole('button', { name: 'Try: Win over Anders Nyström (IT Manager)' }));
    expect(screen.getByRole('button', { name: 'What-if' }).getAttribute('aria-pressed')).toBe('true');
    const banner = screen.getByRole('region', { name: 'What-if simulation' });
    const closed = within(banner).getByRole('list', { name: 'Gaps closed' });
    expect(closed.querySelector('[data-gap-code="saboteur-unchecked"]')).not.toBeNull();
    // 10 for saboteurs-checked and 5 for the default lens's Saboteurs criterion.
    expect(within(banner).getByText('(+15)')).toBeTruthy();
    expect(within(banner).getByRole('list', { name: 'What the moves change' }).textContent).toContain("Anders Nyström's stance changed from saboteur to neutral");
    expect(api.saved).toHaveLength(0);
    // Undo takes the tried action back, still in what-if.
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(banner).getByText(/No difference from the saved deal yet/)).toBeTruthy();
  });

  it("offers the lens's own actions, saying which criterion each raises", async () => {
    const deal = buildHealthyDeal({ lens: 'bant' });
    await renderApp([deal]);
    const rows = actionRows();
    expect(rows.map((row) => row.dataset.actionId)).toEqual(['raise-budget:eva', 'raise-timeframe:eva']);
    const [budget] = rows;
    if (!budget) throw new Error('no action');
    expect(within(budget).getByText('Ask Eva Berg (CFO) what budget Northwind AB has set aside')).toBeTruthy();
    expect(within(budget).getByText(/raises Budget from missing to identified; once the customer answers: writes a placeholder to be confirmed$/)).toBeTruthy();
  });

  it('are ranked once per deal object', () => {
    const deal = buildHealthyDeal();
    const settings = DEFAULT_WORKSPACE_SETTINGS;
    const first = topNextActions(deal, AS_OF, settings);
    expect(topNextActions(deal, AS_OF, settings)).toBe(first);
    expect(topNextActions({ ...deal }, AS_OF, settings)).not.toBe(first);
    expect(topNextActions(deal, '2026-12-01', settings)).not.toBe(first);
  });

  it('asks for the need in the customer\'s words before trying Confirm the need, never ticking an empty need', async () => {
    const deal = buildHealthyDeal({ need: { confirmed: false, summary: '' } });
    await renderApp([deal]);
    await userEvent.click(screen.getByRole('button', { name: 'Try: Confirm the need with Eva Berg (CFO)' }));
    expect(screen.getByRole('button', { name: 'What-if' }).getAttribute('aria-pressed')).toBe('false');
    const answer = screen.getByRole('textbox', { name: 'What need did Eva Berg confirm, in their words?' });
    const tryIt = screen.getByRole('button', { name: 'Try with this answer' });
    expect((tryIt as HTMLButtonElement).disabled).toBe(true);
    await userEvent.type(answer, 'Closing the books takes nine days');
    await userEvent.click(tryIt);
    const banner = screen.getByRole('region', { name: 'What-if simulation' });
    const changes = within(banner).getByRole('list', { name: 'What the moves change' }).textContent ?? '';
    expect(changes).toContain('Raises Need from missing to validated');
    expect(changes).toContain('Need summary: — → Closing the books takes nine days');
    expect(changes).toContain('Need confirmed by: none → Eva Berg');
  });
});
