// rankDealActions: the one ranking of the side panel and the report, with the deal's lens candidates and progress.
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../support/english-gaps';
import { amountFactor } from '../../../shared/actions/rank-next-actions';
import { rankDealActions } from '../../../shared/actions/rank-deal-actions';
import { LENS_IDS } from '../../../shared/model/vocabulary';
import { buildDealWithSaboteur, buildHealthyDeal, TEST_AS_OF, withStakeholder } from '../../support/deal-builder';
import { buildFullyQualifiedDeal } from '../../support/lens-builders';
import { seededRandom, typicalDeal } from '../../bench/typical-deal';
import { deepFreeze } from '../whatif/deep-freeze';

const asOf = TEST_AS_OF;

describe('rankDealActions', () => {
  it("reads the deal through its own lens, else the workspace's default", () => {
    const deal = buildHealthyDeal();
    expect(rankDealActions(deal, { asOf })).toEqual([]);
    const bant = rankDealActions(deal, { asOf, settings: { defaultLens: 'bant' } }).map((action) => action.id);
    expect(bant).toEqual(['raise-budget:eva', 'raise-timeframe:eva']);
    expect(rankDealActions({ ...deal, lens: 'bant' }, { asOf, settings: { defaultLens: 'meddpicc' } }).map((action) => action.id)).toEqual(bant);
  });

  it("weighs a lens action by the same formula: lens progress counts like score points, times the amount factor", () => {
    const deal = buildFullyQualifiedDeal({ lens: 'bant', budget: { amount: 500000, confirmedBy: null, note: '' } });
    const [only, ...rest] = rankDealActions(deal, { asOf });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ id: 'raise-budget:eva', kind: 'raise-budget', blockersCleared: 0, scoreGain: 0, criteriaGain: 1 });
    expect(only?.weight).toBeCloseTo(1 * amountFactor(480000));
    const weighted = rankDealActions(deal, { asOf, settings: { actionWeights: { blocker: 10, score: 3 } } })[0];
    expect(weighted?.weight).toBeCloseTo(3 * amountFactor(480000));
    expect(rankDealActions(deal, { asOf, amountWeight: 0 })[0]?.weight).toBe(1);
  });

  it("names the lens criteria a built-in action raises in its why", () => {
    const actions = rankDealActions(buildDealWithSaboteur({ lens: 'bant' }), { asOf });
    const deepen = actions.find((action) => action.id === 'deepen-interest:eva');
    expect(deepen && inEnglish(deepen.why)).toBe(
      'Clears “Interest shallow”; score +10; raises Authority from identified to validated',
    );
  });

  it('drops a lens candidate that repeats the moves of a built-in action', () => {
    const deal = withStakeholder(buildFullyQualifiedDeal({ lens: 'bant' }), 'eva', { interest: 'general-info' });
    const ids = rankDealActions(deal, { asOf }).map((action) => action.id);
    expect(ids).toContain('deepen-interest:eva');
    expect(ids).not.toContain('raise-authority:eva');
  });

  it('offers lens actions on open deals only', () => {
    const won = buildFullyQualifiedDeal({ lens: 'bant', status: 'won', referrals: [], budget: { amount: null, confirmedBy: null, note: '' } });
    expect(rankDealActions(won, { asOf }).map((action) => action.kind)).toEqual(['ask-referral']);
    expect(rankDealActions({ ...won, status: 'lost' }, { asOf })).toEqual([]);
  });

  it('is deterministic, sorted by weight then id, and leaves the deal alone, in every lens', () => {
    const random = seededRandom(11);
    const deals = Array.from({ length: 12 }, (_, n) => typicalDeal(n, { stakeholders: 12, relations: 20 }, random));
    for (const lens of LENS_IDS) {
      for (const deal of [buildDealWithSaboteur(), ...deals].map((item) => ({ ...item, lens }))) {
        const copy = structuredClone(deal);
        const first = rankDealActions(deepFreeze(deal), { asOf });
        expect(rankDealActions(structuredClone(deal), { asOf })).toEqual(first);
        expect(deal).toEqual(copy);
        for (let n = 1; n < first.length; n += 1) {
          const [a, b] = [first[n - 1], first[n]];
          if (a === undefined || b === undefined) continue;
          expect(a.weight > b.weight || (a.weight === b.weight && a.id < b.id)).toBe(true);
        }
      }
    }
  });
});
