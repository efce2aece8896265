import { describe, expect, it } from 'vitest';
import { dealSchema, type Deal } from '../../../shared/model/deal-schema';
import { applyMoves, applyMovesWithReport } from '../../../shared/whatif/apply-moves';
import { isWhatIfMove, WHAT_IF_MOVE_KINDS, type WhatIfMove } from '../../../shared/whatif/what-if-move';
import { buildDealWithSaboteur, buildHealthyDeal, TEST_AS_OF } from '../../support/deal-builder';
import { deepFreeze } from './deep-freeze';

function frozenHealthyDeal(): Deal {
  return deepFreeze(buildHealthyDeal());
}

function person(deal: Deal, id: string) {
  return deal.stakeholders.find((stakeholder) => stakeholder.id === id);
}

describe('applyMoves', () => {
  it('changes stakeholders as the moves say, leaving the frozen input alone', () => {
    const deal = frozenHealthyDeal();
    const next = applyMoves(deal, [
      { kind: 'set-stance', stakeholderId: 'anders', stance: 'saboteur' },
      { kind: 'set-interest', stakeholderId: 'anders', interest: 'committed' },
      { kind: 'set-role', stakeholderId: 'anders', role: 'buyer' },
      { kind: 'set-influence', stakeholderId: 'anders', influence: 5 },
      { kind: 'set-last-contact', stakeholderId: 'anders', lastContact: TEST_AS_OF },
    ]);
    expect(person(next, 'anders')).toMatchObject({ stance: 'saboteur', interest: 'committed', role: 'buyer', influence: 5, lastContact: TEST_AS_OF });
    expect(person(deal, 'anders')).toMatchObject({ stance: 'supporter', role: 'influencer' });
  });

  it('adds, strengthens and removes influence relations', () => {
    const deal = frozenHealthyDeal();
    const added = applyMoves(deal, [{ kind: 'add-influence', from: 'eva', to: 'anders', strength: 1 }]);
    expect(added.relations.at(-1)).toMatchObject({ from: 'eva', to: 'anders', kind: 'influences', strength: 1 });
    const weakened = applyMoves(deal, [{ kind: 'set-relation-strength', relationId: 'anders-influences-eva', strength: 1 }]);
    expect(weakened.relations[0]).toMatchObject({ id: 'anders-influences-eva', strength: 1 });
    // A second influence between the same two people sets the strength of the first.
    const again = applyMoves(deal, [{ kind: 'add-influence', from: 'anders', to: 'eva', strength: 1 }]);
    expect(again.relations).toEqual(weakened.relations);
    const removed = applyMoves(deal, [{ kind: 'remove-relation', relationId: 'anders-influences-eva' }]);
    expect(removed.relations.map((relation) => relation.id)).toEqual(['anders-reports-to-eva']);
  });

  it('adds a stakeholder later moves can name, placed on the map without moving anyone', () => {
    const deal = deepFreeze(buildHealthyDeal({ layout: { eva: { x: 0, y: 0 }, anders: { x: 300, y: 0 } } }));
    const next = applyMoves(deal, [
      {
        kind: 'add-stakeholder',
        stakeholder: { id: 'new-contact', name: 'New contact', role: 'unknown', stance: 'unknown', influence: 3, interest: 'general-info' },
      },
      { kind: 'add-influence', from: 'new-contact', to: 'eva', strength: 2 },
    ]);
    expect(person(next, 'new-contact')).toMatchObject({ name: 'New contact', title: '', lastContact: null });
    expect(next.relations.at(-1)).toMatchObject({ from: 'new-contact', to: 'eva' });
    expect(next.layout).toMatchObject({ eva: { x: 0, y: 0 }, anders: { x: 300, y: 0 } });
    expect(next.layout?.['new-contact']).toBeDefined();
  });

  it('changes the need, value case and referrals', () => {
    const deal = deepFreeze(buildDealWithSaboteur());
    const next = applyMoves(deal, [
      { kind: 'set-need-confirmed', confirmed: false },
      { kind: 'add-benefit', benefitKind: 'better-support', text: 'One support line' },
      { kind: 'set-savings', backEnd: 40000 },
      { kind: 'add-referral', name: 'Contoso AB', note: 'Eva knows their CFO' },
    ]);
    expect(next.need.confirmed).toBe(false);
    expect(next.valueCase).toEqual({ benefits: [{ kind: 'better-support', text: 'One support line' }], savings: { frontEnd: null, backEnd: 40000 } });
    expect(next.referrals).toEqual([{ name: 'Contoso AB', note: 'Eva knows their CFO' }]);
  });

  it("changes deal file v2's qualification fields", () => {
    const deal = frozenHealthyDeal();
    const next = applyMoves(deal, [
      { kind: 'set-budget', amount: 500000, confirmedBy: 'eva' },
      { kind: 'set-timeframe', event: 'Auditors arrive', date: '2027-03-01' },
      { kind: 'set-pain', text: 'Close takes nine days', confirmedBy: 'anders' },
      { kind: 'set-champion-test', stakeholderId: 'anders', power: true },
      { kind: 'add-metric', text: 'Days to close', baseline: 9, target: 3, unit: 'days' },
      { kind: 'confirm-item', list: 'metrics', itemId: 'm1', confirmedBy: 'eva' },
      { kind: 'add-decision-criterion', text: 'Runs on Azure' },
      { kind: 'add-process-step', process: 'paperProcess', text: 'Legal review', date: '2027-01-10' },
      { kind: 'set-process-confirmed-by', process: 'decisionProcess', confirmedBy: 'eva' },
      { kind: 'add-competitor', name: 'Do nothing', competitorKind: 'do-nothing' },
    ]);
    expect(next.budget).toMatchObject({ amount: 500000, confirmedBy: 'eva' });
    expect(next.timeframe).toMatchObject({ event: 'Auditors arrive', date: '2027-03-01', confirmedBy: null });
    expect(next.pain).toMatchObject({ text: 'Close takes nine days', confirmedBy: 'anders' });
    expect(person(next, 'anders')?.championTest).toEqual({ power: true, influence: false, personalStake: '' });
    expect(next.metrics).toEqual([{ id: 'm1', text: 'Days to close', baseline: 9, target: 3, unit: 'days', confirmedBy: 'eva' }]);
    expect(next.decisionCriteria).toEqual([{ id: 'c1', text: 'Runs on Azure', confirmedBy: null }]);
    expect(next.paperProcess.steps).toEqual([{ id: 's1', text: 'Legal review', date: '2027-01-10', done: false }]);
    expect(next.decisionProcess.confirmedBy).toBe('eva');
    expect(next.competition).toEqual([{ id: 'k1', name: 'Do nothing', kind: 'do-nothing', note: '' }]);
    expect(dealSchema.safeParse(next).success).toBe(true);
  });

  it("notes how the deal wins against a competitor, and dates or closes a process step", () => {
    const deal = deepFreeze(
      buildHealthyDeal({
        competition: [{ id: 'k1', name: 'Globex ERP', kind: 'vendor', note: '' }],
        paperProcess: { steps: [{ id: 's1', text: 'Legal review', date: null, done: false }], confirmedBy: null },
      }),
    );
    const result = applyMovesWithReport(deal, [
      { kind: 'add-competitor', name: 'Do nothing', competitorKind: 'do-nothing', note: 'Auditors arrive in March' },
      { kind: 'set-competitor-note', itemId: 'k1', note: 'Slower close' },
      { kind: 'set-process-step', process: 'paperProcess', itemId: 's1', date: '2027-01-10' },
      { kind: 'set-process-step', process: 'paperProcess', itemId: 's1', done: true },
      { kind: 'set-competitor-note', itemId: 'k9', note: 'Nobody' },
      { kind: 'set-process-step', process: 'decisionProcess', itemId: 's1', done: true },
    ]);
    expect(result.skipped).toEqual([4, 5]);
    expect(result.deal.competition).toEqual([
      { id: 'k1', name: 'Globex ERP', kind: 'vendor', note: 'Slower close' },
      { id: 'k2', name: 'Do nothing', kind: 'do-nothing', note: 'Auditors arrive in March' },
    ]);
    expect(result.deal.paperProcess.steps).toEqual([{ id: 's1', text: 'Legal review', date: '2027-01-10', done: true }]);
    expect(dealSchema.safeParse(result.deal).success).toBe(true);
  });

  it('skips moves whose target is not in the deal at that point, and reports which', () => {
    const deal = frozenHealthyDeal();
    const moves: WhatIfMove[] = [
      { kind: 'set-stance', stakeholderId: 'nobody', stance: 'champion' },
      { kind: 'remove-relation', relationId: 'anders-influences-eva' },
      { kind: 'set-relation-strength', relationId: 'anders-influences-eva', strength: 3 },
      { kind: 'set-relation-strength', relationId: 'anders-reports-to-eva', strength: 3 },
      { kind: 'add-influence', from: 'eva', to: 'eva', strength: 2 },
      { kind: 'add-influence', from: 'eva', to: 'nobody', strength: 2 },
      {
        kind: 'add-stakeholder',
        stakeholder: { id: 'eva', name: 'Eva again', role: 'user', stance: 'neutral', influence: 3, interest: 'none' },
      },
      { kind: 'set-pain', text: 'Slow close', confirmedBy: 'nobody' },
      { kind: 'confirm-item', list: 'metrics', itemId: 'm9', confirmedBy: 'eva' },
      { kind: 'set-influence', stakeholderId: 'eva', influence: 9 } as unknown as WhatIfMove,
      { kind: 'teleport', stakeholderId: 'eva' } as unknown as WhatIfMove,
    ];
    const result = applyMovesWithReport(deal, moves);
    expect(result.skipped).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.deal.relations.map((relation) => relation.id)).toEqual(['anders-reports-to-eva']);
    expect(result.deal.stakeholders).toEqual(deal.stakeholders);
  });

  it('answers the deal itself when no move changes anything', () => {
    const deal = frozenHealthyDeal();
    expect(applyMoves(deal, [])).toBe(deal);
    expect(applyMoves(deal, [{ kind: 'set-stance', stakeholderId: 'eva', stance: 'champion' }, { kind: 'set-need-confirmed', confirmed: true }])).toBe(deal);
  });

  it('takes plain JSON moves: every kind survives a round trip and is recognised', () => {
    expect(WHAT_IF_MOVE_KINDS).toContain('add-stakeholder');
    const move: WhatIfMove = { kind: 'set-savings', frontEnd: 1000 };
    const parsed: unknown = JSON.parse(JSON.stringify(move));
    expect(isWhatIfMove(parsed)).toBe(true);
    expect(isWhatIfMove({ kind: 'set-savings', frontEnd: -1 })).toBe(false);
  });
});
