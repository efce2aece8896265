import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { boxesOverlap } from '../../../shared/layout/layout-geometry';
import { validateDeal } from '../../../shared/model/validation';
import {
  addRelation,
  addStakeholder,
  applyAutoLayout,
  deleteMapElements,
  deleteRelation,
  deleteStakeholder,
  moveStakeholders,
  updateRelation,
  updateStakeholder,
} from '../../../shared/edits/buying-center-edits';
import { buildDeal, buildDealWithSaboteur, influences, reportsTo, stakeholder } from '../../support/deal-builder';

describe('stakeholder edits', () => {
  it('add a valid stakeholder with a unique id in a free spot, pinning everyone already shown', () => {
    const deal = buildDealWithSaboteur();
    const first = addStakeholder(deal, { name: 'Karin Holm', stance: 'champion' });
    const second = addStakeholder(first.deal, { name: 'Karin Holm' });
    expect(first.stakeholderId).toBe('karin-holm');
    expect(second.stakeholderId).toBe('karin-holm-2');
    const layout = second.deal.layout ?? {};
    expect(Object.keys(layout).sort()).toEqual(['anders', 'eva', 'karin-holm', 'karin-holm-2']);
    expect(layout.eva).toEqual(autoLayout(deal).eva);
    expect(boxesOverlap(layout['karin-holm-2'] ?? { x: 0, y: 0 }, layout.eva ?? { x: 0, y: 0 })).toBe(false);
    expect(validateDeal(second.deal).ok).toBe(true);
    expect(second.deal.stakeholders.at(-2)).toMatchObject({ name: 'Karin Holm', stance: 'champion', role: 'unknown' });
  });

  it('update a stakeholder but never its id', () => {
    const deal = updateStakeholder(buildDealWithSaboteur(), 'eva', { stance: 'supporter', id: 'x' } as never);
    expect(deal.stakeholders.find((s) => s.id === 'eva')?.stance).toBe('supporter');
  });

  it('delete a stakeholder with its relations and position', () => {
    const deal = moveStakeholders(buildDealWithSaboteur(), { anders: { x: 10, y: 10 } });
    const next = deleteStakeholder(deal, 'anders');
    expect(next.stakeholders.map((s) => s.id)).toEqual(['eva']);
    expect(next.relations).toEqual([]);
    expect(Object.keys(next.layout ?? {})).toEqual(['eva']);
    expect(validateDeal(next).ok).toBe(true);
  });

  it('delete several map elements at once', () => {
    const deal = buildDeal({
      stakeholders: ['a', 'b', 'c'].map((id) => stakeholder({ id })),
      relations: [influences('a', 'b', 2, 'r1'), reportsTo('b', 'c', 'r2'), influences('c', 'a', 1, 'r3')],
    });
    const next = deleteMapElements(deal, ['a'], ['r2']);
    expect(next.relations).toEqual([]);
    expect(next.stakeholders.map((s) => s.id)).toEqual(['b', 'c']);
  });
});

describe('relation edits', () => {
  it('add an influence with a strength and a fresh id', () => {
    const deal = addStakeholder(buildDealWithSaboteur(), { name: 'Karin' }).deal;
    const next = addRelation(deal, { from: 'karin', to: 'eva', kind: 'influences', strength: 3 });
    expect(next.relations.at(-1)).toEqual({ id: 'r2', from: 'karin', to: 'eva', kind: 'influences', strength: 3 });
    expect(validateDeal(next).ok).toBe(true);
  });

  it('add a reports-to without strength', () => {
    const next = addRelation(buildDealWithSaboteur(), { from: 'anders', to: 'eva', kind: 'reports-to', strength: 3 });
    expect(next.relations.at(-1)).toEqual({ id: 'r2', from: 'anders', to: 'eva', kind: 'reports-to' });
  });

  it('update the existing relation instead of adding a duplicate', () => {
    const next = addRelation(buildDealWithSaboteur(), { from: 'anders', to: 'eva', kind: 'influences', strength: 1 });
    expect(next.relations).toEqual([influences('anders', 'eva', 1, 'r1')]);
  });

  it('refuse a relation to oneself or to someone not in the deal', () => {
    const deal = buildDealWithSaboteur();
    expect(addRelation(deal, { from: 'eva', to: 'eva', kind: 'influences', strength: 2 })).toBe(deal);
    expect(addRelation(deal, { from: 'eva', to: 'ghost', kind: 'reports-to' })).toBe(deal);
  });

  it('change kind and strength: strength only on influences', () => {
    let deal = updateRelation(buildDealWithSaboteur(), 'r1', { kind: 'reports-to' });
    expect(deal.relations[0]).toEqual({ id: 'r1', from: 'anders', to: 'eva', kind: 'reports-to' });
    deal = updateRelation(deal, 'r1', { kind: 'influences' });
    expect(deal.relations[0]?.strength).toBe(2);
    deal = updateRelation(deal, 'r1', { strength: 3 });
    expect(deal.relations[0]?.strength).toBe(3);
    expect(deleteRelation(deal, 'r1').relations).toEqual([]);
  });
});

describe('layout edits', () => {
  it('save a dragged position and pin the others where the map shows them', () => {
    const deal = buildDealWithSaboteur();
    const next = moveStakeholders(deal, { eva: { x: 400.4, y: -20.6 } });
    expect(next.layout?.eva).toEqual({ x: 400, y: -21 });
    expect(next.layout?.anders).toEqual(autoLayout(deal).anders);
  });

  it('auto layout replaces the saved positions', () => {
    const deal = moveStakeholders(buildDealWithSaboteur(), { eva: { x: 999, y: 999 } });
    expect(applyAutoLayout(deal).layout).toEqual(autoLayout(deal));
  });
});
