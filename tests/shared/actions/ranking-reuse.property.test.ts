// The ranking that reuses the saved deal's qualification and lens judgement ranks exactly as the one computing everything afresh.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDealActions, readSavedDeal } from '../../../shared/actions/rank-deal-actions';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { lensFor, scoreLens } from '../../../shared/lenses/score-lens';
import type { Deal } from '../../../shared/model/deal-schema';
import { LENS_IDS } from '../../../shared/model/vocabulary';
import { defaultWorkspaceSettings, type WorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { applyMoves } from '../../../shared/whatif/apply-moves';
import { generateDeals } from '../../../electron/services/generate';
import { TEST_AS_OF } from '../../support/deal-builder';
import { qualifiedDealArbitrary } from '../lenses/qualified-deal-arbitrary';
import { referenceRankDealActions } from './reference-ranking';

function expectSameReading(deal: Deal, asOf: string, settings: WorkspaceSettings): void {
  const options = { asOf, settings };
  const saved = readSavedDeal(deal, options);
  expect(saved.qualification).toEqual(qualifyDeal(deal, options));
  expect(saved.scorecard).toEqual(scoreLens(deal, lensFor(deal, settings), options));
  expect(rankDealActions(deal, options, saved)).toEqual(referenceRankDealActions(deal, options));
  expect(rankDealActions(deal, options)).toEqual(referenceRankDealActions(deal, options));
}

/** The deal after its best action's moves: placeholders to be confirmed, which the two lens readings treat differently. */
function afterBestAction(deal: Deal, settings: WorkspaceSettings): Deal {
  const best = rankDealActions(deal, { asOf: TEST_AS_OF, settings }).find((action) => action.placeholders > 0);
  return best === undefined ? deal : applyMoves(deal, best.moves);
}

describe('ranking with the saved reading reused', () => {
  it('equals the full ranking on random deals, each lens, with and without placeholders', () => {
    fc.assert(
      fc.property(qualifiedDealArbitrary, fc.constantFrom(...LENS_IDS), (deal, defaultLens) => {
        const settings = { ...defaultWorkspaceSettings(), defaultLens };
        expectSameReading(deal, TEST_AS_OF, settings);
        expectSameReading(afterBestAction(deal, settings), TEST_AS_OF, settings);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('equals the full ranking on a generated pipeline under other settings', () => {
    const deals = generateDeals({ deals: 100, seed: 11, asOf: '2026-11-27' });
    const settings: WorkspaceSettings = { ...defaultWorkspaceSettings(), defaultLens: 'meddpicc', staleContactDays: 20, singleThreadMinEngaged: 3 };
    let withPlaceholders = 0;
    for (const deal of deals) {
      expectSameReading(deal, '2026-12-15', settings);
      const after = afterBestAction(deal, settings);
      if (after !== deal) withPlaceholders += 1;
      expectSameReading(after, '2026-12-15', settings);
    }
    // The placeholder readings were really exercised.
    expect(withPlaceholders).toBeGreaterThan(5);
  }, 60_000);
});
