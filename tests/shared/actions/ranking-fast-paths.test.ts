// The ranking's shortcuts (diffs without gapsChanged, the saved deal's buying-center facts reused) rank exactly as the full what-if did.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NextAction } from '../../../shared/actions/action-types';
import { rankDealActions } from '../../../shared/actions/rank-deal-actions';
import type { Deal } from '../../../shared/model/deal-schema';
import { defaultWorkspaceSettings, type WorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { generateDeals } from '../../../electron/services/generate';

const seen = vi.hoisted(() => ({ slow: false, shortcuts: 0 }));

// The ranking as it was: every what-if compares every kept gap's wording and collects every fact anew, whatever the caller asks.
vi.mock('../../../shared/whatif/simulate-moves', async (original) => {
  const real = await original<typeof import('../../../shared/whatif/simulate-moves')>();
  return {
    ...real,
    simulateMoves: (...[deal, moves, options]: Parameters<typeof real.simulateMoves>) => {
      if (options.gapsChanged === false && options.sameBuyingCenter !== undefined) seen.shortcuts += 1;
      const { gapsChanged, sameBuyingCenter, ...full } = options;
      return real.simulateMoves(deal, moves, seen.slow ? full : { ...full, ...(gapsChanged === undefined ? {} : { gapsChanged }), ...(sameBuyingCenter === undefined ? {} : { sameBuyingCenter }) });
    },
  };
});

function rankBoth(deal: Deal, asOf: string, settings: WorkspaceSettings): { slow: NextAction[]; fast: NextAction[] } {
  seen.slow = true;
  const slow = rankDealActions(deal, { asOf, settings });
  seen.slow = false;
  return { slow, fast: rankDealActions(deal, { asOf, settings }) };
}

/** Compares every deal's ranking both ways; answers how many actions were ranked. */
function expectSameRankings(deals: readonly Deal[], asOf: string, settings: WorkspaceSettings): number {
  let actions = 0;
  for (const deal of deals) {
    const { slow, fast } = rankBoth(deal, asOf, settings);
    // Same actions, same order, same weights, scores and whys.
    expect(fast).toEqual(slow);
    actions += fast.length;
  }
  return actions;
}

beforeEach(() => {
  seen.slow = false;
  seen.shortcuts = 0;
});

describe('the ranking with its shortcuts', () => {
  it('ranks the demo deals exactly as the full what-if does', () => {
    const demo = buildDemoDeals({ today: '2026-03-10', updatedAt: '2026-03-10T08:00:00.000Z' });
    expect(expectSameRankings(demo, '2026-03-10', defaultWorkspaceSettings())).toBeGreaterThan(10);
    // The shortcut was really taken.
    expect(seen.shortcuts).toBeGreaterThan(0);
  });

  it('ranks generated deals exactly as the full what-if does, under default and other settings', () => {
    const deals = generateDeals({ deals: 150, seed: 23, asOf: '2026-11-27' });
    const other: WorkspaceSettings = { ...defaultWorkspaceSettings(), defaultLens: 'meddpicc', staleContactDays: 20, singleThreadMinEngaged: 3 };
    expect(expectSameRankings(deals, '2026-12-01', defaultWorkspaceSettings())).toBeGreaterThan(150);
    expect(expectSameRankings(deals.slice(0, 60), '2026-12-15', other)).toBeGreaterThan(60);
  }, 120_000);
});
