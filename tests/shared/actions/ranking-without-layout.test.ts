// The ranking, which places nobody on the map, ranks exactly as it did when every scratch deal was laid out.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NextAction } from '../../../shared/actions/action-types';
import { rankDealActions } from '../../../shared/actions/rank-deal-actions';
import type { Deal } from '../../../shared/model/deal-schema';
import { defaultWorkspaceSettings, type WorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { applyMoves, applyMovesWithReport } from '../../../shared/whatif/apply-moves';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { generateDeals } from '../../../electron/services/generate';

const layoutSeen = vi.hoisted(() => ({ forced: false, skipped: 0 }));

// The ranking as it was: every move applied with the map laid out, whatever the caller asks.
vi.mock('../../../shared/whatif/apply-moves', async (original) => {
  const real = await original<typeof import('../../../shared/whatif/apply-moves')>();
  return {
    ...real,
    applyMovesWithReport: (...[deal, moves, options = {}]: Parameters<typeof real.applyMovesWithReport>) => {
      if (options.layout === false) layoutSeen.skipped += 1;
      return real.applyMovesWithReport(deal, moves, layoutSeen.forced ? {} : options);
    },
  };
});

const MAP_MOVES = new Set(['add-stakeholder', 'add-influence', 'remove-relation']);

function rankBoth(deal: Deal, asOf: string, settings: WorkspaceSettings): { before: NextAction[]; now: NextAction[] } {
  layoutSeen.forced = true;
  const before = rankDealActions(deal, { asOf, settings });
  layoutSeen.forced = false;
  return { before, now: rankDealActions(deal, { asOf, settings }) };
}

/** Compares every deal's ranking both ways; answers how many ranked actions move people on the map. */
function expectSameRankings(deals: readonly Deal[], asOf: string, settings: WorkspaceSettings): number {
  let mapActions = 0;
  for (const deal of deals) {
    const { before, now } = rankBoth(deal, asOf, settings);
    // Same actions, same order, same weights, scores and whys.
    expect(now).toEqual(before);
    mapActions += now.filter((action) => action.moves.some((move) => MAP_MOVES.has(move.kind))).length;
  }
  return mapActions;
}

beforeEach(() => {
  layoutSeen.forced = false;
  layoutSeen.skipped = 0;
});

describe('the ranking without map layout', () => {
  it('ranks the demo deals exactly as with the layout', () => {
    const demo = buildDemoDeals({ today: '2026-03-10', updatedAt: '2026-03-10T08:00:00.000Z' });
    const mapActions = expectSameRankings(demo, '2026-03-10', defaultWorkspaceSettings());
    // Actions that add people or relations were ranked, and the ranking really skipped the layout.
    expect(mapActions).toBeGreaterThan(0);
    expect(layoutSeen.skipped).toBeGreaterThan(0);
  });

  it('ranks generated deals exactly as with the layout, under default and other settings', () => {
    const deals = generateDeals({ deals: 150, seed: 23, asOf: '2026-11-27' });
    const other: WorkspaceSettings = { ...defaultWorkspaceSettings(), defaultLens: 'meddpicc', staleContactDays: 20, singleThreadMinEngaged: 3 };
    expect(expectSameRankings(deals, '2026-12-01', defaultWorkspaceSettings())).toBeGreaterThan(15);
    expect(expectSameRankings(deals.slice(0, 60), '2026-12-15', other)).toBeGreaterThan(5);
  }, 120_000);

  it('changes nothing but the positions: each action applied both ways differs only in layout', () => {
    const deals = generateDeals({ deals: 40, seed: 5, asOf: '2026-11-27' });
    let newcomers = 0;
    for (const deal of deals) {
      for (const action of rankDealActions(deal, { asOf: '2026-12-01', settings: defaultWorkspaceSettings() })) {
        const placed = applyMovesWithReport(deal, action.moves);
        const ranked = applyMovesWithReport(deal, action.moves, { layout: false });
        expect({ ...ranked.deal, layout: null }).toEqual({ ...placed.deal, layout: null });
        expect(ranked.skipped).toEqual(placed.skipped);
        expect(ranked.deal.layout).toEqual(deal.layout);
        // What the app's what-if shows: a newcomer gets a place on the map, beside everyone else's.
        const shown = applyMoves(deal, action.moves);
        if (shown.stakeholders.length === deal.stakeholders.length) continue;
        newcomers += 1;
        for (const person of shown.stakeholders) expect(shown.layout?.[person.id]).toBeDefined();
      }
    }
    expect(newcomers).toBeGreaterThan(0);
  }, 60_000);
});
