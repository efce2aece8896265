import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../support/english-gaps';
import type { ActionCandidate } from '../../../shared/actions/action-types';
import { amountFactor, rankNextActions } from '../../../shared/actions/rank-next-actions';
import { messageRef } from '../../../shared/i18n';
import type { Deal } from '../../../shared/model/deal-schema';
import { buildDeal, buildDealWithSaboteur, buildHealthyDeal, TEST_AS_OF } from '../../support/deal-builder';
import { deepFreeze } from '../whatif/deep-freeze';
import { seededRandom, typicalDeal } from '../../bench/typical-deal';

const options = { asOf: TEST_AS_OF };

describe('rankNextActions', () => {
  it('ranks by weight, highest first, then by id, and explains each action', () => {
    const actions = rankNextActions(buildDealWithSaboteur(), options);
    expect(actions.map((action) => [action.id, inEnglish(action.why)])).toEqual([
      // The default lens's Saboteurs and Value case criteria are missing too, each a gap of 5 points.
      ['win-over-saboteur:anders', 'Clears “Saboteur unchecked” and “Qualified prospect: saboteurs missing”; score +15; stage prospect → qualified'],
      ['deepen-interest:eva', 'Clears “Interest shallow”; score +10'],
      ['name-benefit', 'Clears “No benefits” and “Qualified prospect: value case missing”; score +10'],
      ['quantify-savings', 'Clears “No savings case” and “Qualified prospect: value case missing”; score +10'],
    ]);
    const factor = amountFactor(480000);
    expect(actions[0]).toMatchObject({ blockersCleared: 1, scoreGain: 15, criteriaGain: 0, weight: (10 + 15) * factor, stakeholderIds: ['anders'] });
    expect(actions[1]?.weight).toBe(10 * factor);
  });

  it('is deterministic and leaves the deal alone, on random deals too', () => {
    const random = seededRandom(7);
    const deals = [buildDeal(), buildDealWithSaboteur(), ...Array.from({ length: 20 }, (_, n) => typicalDeal(n, { stakeholders: 12, relations: 20 }, random))];
    for (const deal of deals) {
      const copy = structuredClone(deal);
      const first = rankNextActions(deepFreeze(deal), options);
      expect(rankNextActions(structuredClone(deal), options)).toEqual(first);
      expect(deal).toEqual(copy);
      for (let n = 1; n < first.length; n += 1) {
        const [a, b] = [first[n - 1], first[n]];
        if (a === undefined || b === undefined) continue;
        expect(a.weight > b.weight || (a.weight === b.weight && a.id < b.id)).toBe(true);
        expect(b.blockersCleared > 0 || b.scoreGain > 0 || inEnglish(b.why).includes('lears')).toBe(true);
      }
    }
  });

  it('suggests only referrals for a won deal and nothing for a lost one', () => {
    expect(rankNextActions(buildHealthyDeal({ status: 'won' }), options).map((action) => action.kind)).toEqual(['ask-referral']);
    expect(rankNextActions(buildHealthyDeal({ status: 'won', referrals: [{ name: 'Contoso AB' }] }), options)).toEqual([]);
    expect(rankNextActions(buildDealWithSaboteur({ status: 'lost' }), options)).toEqual([]);
  });

  it('suggests nothing for a deal without gaps', () => {
    expect(rankNextActions(buildHealthyDeal(), options)).toEqual([]);
  });

  it('follows the weights in the settings', () => {
    const byScore = rankNextActions(buildDeal(), { ...options, settings: { actionWeights: { blocker: 0, score: 1 } } });
    const byBlockers = rankNextActions(buildDeal(), { ...options, settings: { actionWeights: { blocker: 10, score: 0 } } });
    // Nobody is on the map, so nobody can confirm the need yet: naming a benefit gains the most points.
    expect(byScore[0]?.id).toBe('name-benefit');
    expect(byBlockers.map((action) => action.id).slice(0, 2)).toEqual(['name-decision-maker', 'open-second-thread']);
  });

  it('weighs bigger deals more, and not at all with amountWeight 0', () => {
    expect(amountFactor(undefined)).toBe(1);
    expect(amountFactor(999_999)).toBeCloseTo(2);
    expect(amountFactor(1_000_000, 0)).toBe(1);
    const small = rankNextActions(buildDealWithSaboteur({ amount: 0 }), options)[0];
    const large = rankNextActions(buildDealWithSaboteur({ amount: 999_999 }), options)[0];
    expect(small?.weight).toBe(25);
    expect(large?.weight).toBeCloseTo(50);
  });

  it("reads the single-thread threshold from the settings", () => {
    const deal = buildHealthyDeal();
    const actions = rankNextActions(deal, { ...options, settings: { singleThreadMinEngaged: 3 } });
    expect(actions.map((action) => action.kind)).toEqual(['open-second-thread']);
    expect(actions[0] && inEnglish(actions[0].title)).toBe('Open a second thread: ask Eva Berg to introduce you to someone new');
  });

  it('ranks extra candidates, as a lens contributes them, with its progress measure', () => {
    const confirmBudget: ActionCandidate = {
      id: 'lens:confirm-budget',
      kind: 'confirm-budget',
      title: messageRef('actions.confirm-need.title', { person: 'Eva Berg (CFO)' }),
      stakeholderIds: ['eva'],
      moves: [{ kind: 'set-budget', amount: 500000, confirmedBy: 'eva' }],
    };
    const noOp: ActionCandidate = { ...confirmBudget, id: 'lens:nothing', moves: [{ kind: 'set-stance', stakeholderId: 'ghost', stance: 'champion' }] };
    const progress = (deal: Deal) => (deal.budget.confirmedBy === null ? 0 : 5);
    const deal = buildHealthyDeal();
    const ranked = rankNextActions(deal, { ...options, extraCandidates: [confirmBudget, noOp], lensProgress: progress });
    expect(ranked.map((action) => [action.id, inEnglish(action.why), action.criteriaGain])).toEqual([['lens:confirm-budget', 'Lens +5', 5]]);
    // Without the lens's measure the candidate gains nothing the engine sees, so it is dropped.
    expect(rankNextActions(deal, { ...options, extraCandidates: [confirmBudget] })).toEqual([]);
    expect(rankNextActions(buildHealthyDeal({ status: 'won' }), { ...options, extraCandidates: [confirmBudget], lensProgress: progress }).map((a) => a.id)).toEqual(['ask-referral']);
  });
});
