import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { completeLayout } from '../../../shared/layout/complete-layout';
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
import {
  buildDeal,
  buildDealWithSaboteur,
  buildHealthyDeal,
  decisionMaker,
  influences,
  reportsTo,
  stakeholder,
} from '../../support/deal-builder';

/** A never-dragged org chart: Maria heads it, Per and Lena report to her, Ola to Per; Sven is loose. */
function buildOrgChartDeal() {
  return buildDeal({
    stakeholders: [
      decisionMaker({ id: 'maria' }),
      stakeholder({ id: 'per' }),
      stakeholder({ id: 'lena' }),
      stakeholder({ id: 'ola' }),
      stakeholder({ id: 'sven' }),
    ],
    relations: [
      reportsTo('per', 'maria', 'r1'),
      reportsTo('lena', 'maria', 'r2'),
      reportsTo('ola', 'per', 'r3'),
      influences('sven', 'maria', 2, 'r4'),
    ],
  });
}

function without(positions: Record<string, { x: number; y: number }>, id: string) {
  return Object.fromEntries(Object.entries(positions).filter(([key]) => key !== id));
}

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

  it('delete a stakeholder from a never-dragged map and keep everyone else where they were', () => {
    const deal = buildOrgChartDeal();
    expect(deal.layout).toBeUndefined();
    const shown = autoLayout(deal);
    const next = deleteStakeholder(deal, 'per');
    // Without pinning, the automatic layout would move the others.
    expect(completeLayout({ ...next, layout: undefined })).not.toEqual(without(shown, 'per'));
    expect(next.layout).toEqual(without(shown, 'per'));
    expect(completeLayout(next)).toEqual(without(shown, 'per'));
    expect(validateDeal(next).ok).toBe(true);
  });

  it('delete a reporting line from a never-dragged map without moving anyone', () => {
    const deal = buildOrgChartDeal();
    const next = deleteRelation(deal, 'r3');
    expect(next.relations.map((r) => r.id)).toEqual(['r1', 'r2', 'r4']);
    expect(completeLayout(next)).toEqual(autoLayout(deal));
  });

  it('leave everyone where they were when a deletion would make the automatic layout move them', () => {
    const deal = buildOrgChartDeal();
    const next = deleteRelation(deal, 'r4');
    expect(next.relations.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(completeLayout(next)).toEqual(completeLayout(deal));
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
  it('place someone linked for the first time next to their new manager, and move nobody else', () => {
    const { deal: added, stakeholderId } = addStakeholder(buildOrgChartDeal(), { name: 'Nina Ek' });
    const before = completeLayout(added);
    const next = addRelation(added, { from: stakeholderId, to: 'ola', kind: 'reports-to' });
    const after = completeLayout(next);
    expect(without(after, stakeholderId)).toEqual(without(before, stakeholderId));
    const nina = after[stakeholderId] ?? { x: 0, y: 0 };
    const ola = after.ola ?? { x: 0, y: 0 };
    // One row below Ola, within a card or two sideways, clear of everyone.
    expect(nina.y).toBeGreaterThan(ola.y);
    expect(Math.abs(nina.x - ola.x)).toBeLessThanOrEqual(2 * 270);
    for (const [id, position] of Object.entries(after)) if (id !== stakeholderId) expect(boxesOverlap(position, nina), id).toBe(false);
  });

  it('place a new decision-maker above the person who influences them', () => {
    const { deal: added, stakeholderId } = addStakeholder(buildOrgChartDeal(), { name: 'Dana CFO', role: 'decision-maker' });
    const next = addRelation(added, { from: 'ola', to: stakeholderId, kind: 'influences', strength: 2 });
    const after = completeLayout(next);
    expect(after[stakeholderId]?.y).toBeLessThan(after.ola?.y ?? 0);
  });

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

  it('answer the very same deal when the relation already exists as asked', () => {
    const deal = buildDealWithSaboteur({
      relations: [influences('anders', 'eva', 3, 'r1'), reportsTo('anders', 'eva', 'r2')],
    });
    expect(addRelation(deal, { from: 'anders', to: 'eva', kind: 'influences', strength: 3 })).toBe(deal);
    expect(addRelation(deal, { from: 'anders', to: 'eva', kind: 'influences' })).toBe(deal);
    expect(addRelation(deal, { from: 'anders', to: 'eva', kind: 'reports-to' })).toBe(deal);
    expect(addRelation(deal, { from: 'anders', to: 'eva', kind: 'reports-to', strength: 1 })).toBe(deal);
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

describe('edits that change nothing answer the very same deal', () => {
  it('update a stakeholder with the values it already has, or one not in the deal', () => {
    const deal = buildDealWithSaboteur();
    expect(updateStakeholder(deal, 'eva', { name: 'Eva Berg', title: 'CFO', role: 'decision-maker' })).toBe(deal);
    expect(updateStakeholder(deal, 'eva', {})).toBe(deal);
    expect(updateStakeholder(deal, 'ghost', { name: 'Nobody' })).toBe(deal);
    expect(updateStakeholder(deal, 'eva', { notes: undefined })).toBe(deal);
    expect(updateStakeholder(deal, 'eva', { notes: '' })).not.toBe(deal);
  });

  it('update a relation with the kind and strength it already has, or one not in the deal', () => {
    const deal = buildDealWithSaboteur({
      relations: [influences('anders', 'eva', 3, 'r1'), reportsTo('anders', 'eva', 'r2')],
    });
    expect(updateRelation(deal, 'r1', { kind: 'influences', strength: 3 })).toBe(deal);
    expect(updateRelation(deal, 'r1', {})).toBe(deal);
    expect(updateRelation(deal, 'r2', { kind: 'reports-to', strength: 2 })).toBe(deal);
    expect(updateRelation(deal, 'r9', { strength: 1 })).toBe(deal);
  });

  it('delete stakeholders or relations that are not in the deal', () => {
    const deal = buildDealWithSaboteur();
    expect(deleteStakeholder(deal, 'ghost')).toBe(deal);
    expect(deleteRelation(deal, 'r9')).toBe(deal);
    expect(deleteMapElements(deal, [], [])).toBe(deal);
  });

  it('move stakeholders to where the map already shows them', () => {
    const deal = buildOrgChartDeal();
    const shown = autoLayout(deal);
    expect(moveStakeholders(deal, { per: shown.per ?? { x: 0, y: 0 } })).toBe(deal);
    expect(moveStakeholders(deal, {})).toBe(deal);
    expect(moveStakeholders(deal, { ghost: { x: 5, y: 5 } })).toBe(deal);
    const dragged = moveStakeholders(deal, { per: { x: 10, y: 20 } });
    expect(moveStakeholders(dragged, { per: { x: 10.4, y: 19.6 } })).toBe(dragged);
  });

  it('lay out automatically a map that already is', () => {
    const deal = buildOrgChartDeal();
    expect(applyAutoLayout(deal)).toBe(deal);
    const laidOut = applyAutoLayout(moveStakeholders(deal, { per: { x: 999, y: 999 } }));
    expect(applyAutoLayout(laidOut)).toBe(laidOut);
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

describe('map positions with fields Dealmap does not know', () => {
  it('keep them through moves, additions and deletions of other cards', () => {
    const deal = buildDealWithSaboteur({
      layout: { eva: { x: 0, y: 0, pinned: true }, anders: { x: 300, y: 0, colour: 'red' } },
    });
    const moved = moveStakeholders(deal, { anders: { x: 310, y: 5 } });
    const added = addStakeholder(moved, { name: 'Karin Holm' }).deal;
    const deleted = deleteStakeholder(added, 'karin-holm');
    for (const edited of [moved, added, deleted]) {
      expect(edited.layout?.eva).toEqual({ x: 0, y: 0, pinned: true });
      expect(edited.layout?.anders).toMatchObject({ colour: 'red' });
    }
    expect(moved.layout?.anders).toEqual({ x: 310, y: 5, colour: 'red' });
  });
});

describe('edits with layout: false (the what-if ranking)', () => {
  it('add and remove relations and people without touching the saved positions, except the removed person\'s', () => {
    const { deal: added, stakeholderId } = addStakeholder(buildOrgChartDeal(), { name: 'Nina Ek' });
    const linked = addRelation(added, { from: stakeholderId, to: 'ola', kind: 'reports-to' }, { layout: false });
    expect(linked.relations).toEqual(addRelation(added, { from: stakeholderId, to: 'ola', kind: 'reports-to' }).relations);
    expect(linked.layout).toBe(added.layout);
    const unlinked = deleteRelation(linked, 'r4', { layout: false });
    expect(unlinked.relations.map((r) => r.id)).not.toContain('r4');
    expect(unlinked.layout).toBe(added.layout);
    const gone = deleteMapElements(linked, ['sven'], [], { layout: false });
    expect(gone.layout).toEqual(without(added.layout ?? {}, 'sven'));
    // A never-dragged map stays never-dragged.
    expect(deleteRelation(buildOrgChartDeal(), 'r4', { layout: false }).layout).toBeUndefined();
  });
});

describe('deleteMapElements and confirmations', () => {
  it('clears every confirmedBy naming a deleted stakeholder, so the deal stays a valid file', () => {
    const deal = buildHealthyDeal({
      pain: { text: 'Nine-day close', confirmedBy: 'anders' },
      budget: { amount: 1, confirmedBy: 'eva', note: '' },
      metrics: [{ id: 'm1', text: 'Days', baseline: 9, target: 3, unit: 'days', confirmedBy: 'anders' }],
    });
    const next = deleteMapElements(deal, ['anders']);
    expect(next.pain.confirmedBy).toBeNull();
    expect(next.metrics[0]?.confirmedBy).toBeNull();
    expect(next.budget.confirmedBy).toBe('eva');
    expect(validateDeal(next).ok).toBe(true);
  });
});
