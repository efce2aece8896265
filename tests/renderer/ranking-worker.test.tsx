// A newly opened deal's next best actions are ranked in the ranking worker: the panel waits for its answer, which is the page's own ranking.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../shared/settings/workspace-settings';
import { rankingAnswer } from '../../renderer/state/ranking-answer';
import type { RankingRequest } from '../../renderer/state/ranking-protocol';
import { topNextActions } from '../../renderer/state/what-if-ranking';
import { buildDealWithSaboteur } from '../support/deal-builder';
import { actionCorpusDeals } from '../support/ranked-action-corpus';
import { renderApp } from './support/render-app';

const AS_OF = '2026-11-27';

/** The ranking worker as Chromium runs it: requests and answers copied by structured clone, answered when the test says. */
class RankingWorkerStandIn {
  static held: (() => void)[] = [];
  static asked: RankingRequest[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(url: URL) {
    // Only the ranking worker is stood in for; the map worker's client falls back to the page.
    if (!String(url).includes('ranking-worker')) throw new Error('no such worker here');
  }
  postMessage(request: RankingRequest): void {
    const copy = structuredClone(request);
    RankingWorkerStandIn.asked.push(copy);
    RankingWorkerStandIn.held.push(() => this.onmessage?.(new MessageEvent('message', { data: structuredClone(rankingAnswer(copy)) })));
  }
}

beforeAll(() => vi.stubGlobal('Worker', RankingWorkerStandIn));
afterAll(() => vi.unstubAllGlobals());
afterEach(cleanup);

describe('the ranking worker', () => {
  it('ranks an opened deal away from the page: the panel waits, then shows the page\'s ranking', async () => {
    const deal = buildDealWithSaboteur();
    await renderApp([deal]);
    const region = screen.getByRole('region', { name: 'Next best actions' });
    expect(region.getAttribute('aria-busy')).toBe('true');
    expect(within(region).queryAllByRole('listitem')).toEqual([]);
    expect(RankingWorkerStandIn.asked.map((request) => request.deal.id)).toEqual([deal.id]);

    await act(async () => RankingWorkerStandIn.held.splice(0).forEach((answer) => answer()));
    const shown = within(screen.getByRole('region', { name: 'Next best actions' })).getAllByRole('listitem');
    const ranked = topNextActions(structuredClone(deal), AS_OF, DEFAULT_WORKSPACE_SETTINGS);
    expect(ranked.length).toBeGreaterThan(1);
    expect(shown.map((row) => row.dataset.actionId)).toEqual(ranked.map((action) => action.id));
  });

  it('answers with the same actions the page ranks, after the copy to and from the worker, for the demo deals and 40 generated ones', () => {
    for (const deal of actionCorpusDeals()) {
      const request = structuredClone({ id: 1, deal, asOf: AS_OF, settings: DEFAULT_WORKSPACE_SETTINGS });
      const answer = structuredClone(rankingAnswer(request));
      expect(answer).toEqual({ id: 1, actions: topNextActions(structuredClone(deal), AS_OF, DEFAULT_WORKSPACE_SETTINGS) });
    }
  });
});
