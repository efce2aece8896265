// The ranking with its incremental what-if ranks exactly as every candidate simulated in full: ids, order, weights, whys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NextAction } from '../../../shared/actions/action-types';
import { rankDealActions, readSavedDeal, type RankDealOptions } from '../../../shared/actions/rank-deal-actions';
import type { Deal } from '../../../shared/model/deal-schema';
import { LENS_IDS, type LensId } from '../../../shared/model/vocabulary';
import { defaultWorkspaceSettings, type WorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { applyMoves } from '../../../shared/whatif/apply-moves';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { generateDeals } from '../../../electron/services/generate';
import { TEST_AS_OF } from '../../support/deal-builder';
import { qualifiedDealArbitrary } from '../lenses/qualified-deal-arbitrary';
import { rankDealActionsFull } from './full-what-if-ranking';

/** Settings away from every default: thresholds, weights and the lens. */
function otherSettings(defaultLens: LensId): WorkspaceSettings {
  return { ...defaultWorkspaceSettings(), defaultLens, staleContactDays: 20, singleThreadMinEngaged: 3, actionWeights: { blocker: 7, score: 2 } };
}

/** Both ways of calling the ranking equal the full what-if; answers the ranking. */
function expectSameRanking(deal: Deal, options: RankDealOptions): NextAction[] {
  const full = rankDealActionsFull(deal, options);
  expect(rankDealActions(deal, options)).toEqual(full);
  expect(rankDealActions(deal, options, readSavedDeal(deal, options))).toEqual(full);
  return full;
}

/** The deal after its best action that writes placeholders: marks to be confirmed, which the readings treat differently. */
function afterPlaceholderAction(deal: Deal, ranked: readonly NextAction[]): Deal | null {
  const best = ranked.find((action) => action.placeholders > 0);
  return best === undefined ? null : applyMoves(deal, best.moves);
}

/** Ranks each deal under each lens and settings, and once more after a placeholder action; answers how many actions were compared. */
function compareAll(deals: readonly Deal[], asOf: string): number {
  let actions = 0;
  for (const deal of deals) {
    for (const lens of LENS_IDS) {
      for (const settings of [{ ...defaultWorkspaceSettings(), defaultLens: lens }, otherSettings(lens)]) {
        const ranked = expectSameRanking(deal, { asOf, settings, amountWeight: 0.5 });
        actions += ranked.length;
        const marked = afterPlaceholderAction(deal, ranked);
        if (marked !== null) actions += expectSameRanking(marked, { asOf, settings }).length;
      }
    }
  }
  return actions;
}

describe('the incremental ranking', () => {
  it('ranks the demo deals as the full what-if does, under every lens and other settings', () => {
    const demo = buildDemoDeals({ today: '2026-03-10', updatedAt: '2026-03-10T08:00:00.000Z' });
    expect(compareAll(demo, '2026-03-10')).toBeGreaterThan(100);
  }, 120_000);

  it('ranks generated deals of 3 to 60 people as the full what-if does', () => {
    const deals = [3, 5, 8, 12, 25, 40, 60].flatMap((people, index) => generateDeals({ deals: 6, seed: 31 + index, asOf: '2026-11-27', people }));
    const mixed = generateDeals({ deals: 40, seed: 5, asOf: '2026-11-27' });
    expect(compareAll([...deals, ...mixed], '2026-12-01')).toBeGreaterThan(500);
  }, 240_000);

  it('ranks random deals with random qualification fields as the full what-if does', () => {
    fc.assert(
      fc.property(qualifiedDealArbitrary, fc.constantFrom(...LENS_IDS), fc.boolean(), (deal, lens, other) => {
        const settings = other ? otherSettings(lens) : { ...defaultWorkspaceSettings(), defaultLens: lens };
        const ranked = expectSameRanking(deal, { asOf: TEST_AS_OF, settings });
        const marked = afterPlaceholderAction(deal, ranked);
        if (marked !== null) expectSameRanking(marked, { asOf: TEST_AS_OF, settings });
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
