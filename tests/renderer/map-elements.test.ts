import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../shared/engine';
import type { Gap } from '../../shared/engine/types';
import { completeLayout } from '../../shared/layout/complete-layout';
import type { Deal } from '../../shared/model/deal-schema';
import { dealmapIntl } from '../../shared/i18n';
import { buildMapEdges, buildMapNodes } from '../../renderer/map/map-elements';
import { PLACEHOLDER_NODE_ID } from '../../renderer/map/map-types';
import { buildDeal, buildDealWithSaboteur, decisionMaker, influences, reportsTo, stakeholder } from '../support/deal-builder';

function nodesOf(deal: Deal, gap: Gap | null = null) {
  return buildMapNodes(deal, completeLayout(deal), qualifyDeal(deal, { asOf: '2026-11-27' }), null, gap);
}

describe('map elements', () => {
  it('draw a saboteur’s influence hostile and an ally’s plain, wider with strength', () => {
    const deal = buildDeal({
      stakeholders: [
        decisionMaker({ id: 'eva' }),
        stakeholder({ id: 'anders', stance: 'saboteur' }),
        stakeholder({ id: 'karin', stance: 'champion' }),
      ],
      relations: [influences('anders', 'eva', 1, 'r1'), influences('karin', 'eva', 3, 'r2')],
    });
    const [hostile, ally] = buildMapEdges(deal, null);
    expect(hostile).toMatchObject({ type: 'influence', source: 'anders', target: 'eva', data: { hostile: true, strength: 1 } });
    expect(ally).toMatchObject({ type: 'influence', data: { hostile: false, strength: 3 } });
    expect(hostile?.ariaLabel).toContain('against the deal');
  });

  it('name each relation for screen readers in the chosen language', () => {
    const deal = buildDeal({
      stakeholders: [decisionMaker({ id: 'eva', name: 'Eva Berg' }), stakeholder({ id: 'anders', name: 'Anders Lind', stance: 'saboteur' })],
      relations: [influences('anders', 'eva', 2, 'r1'), reportsTo('anders', 'eva', 'r2')],
    });
    const labels = (language: 'en' | 'sv') => buildMapEdges(deal, null, {}, new Map(), null, dealmapIntl(language)).map((edge) => edge.ariaLabel);
    expect(labels('en')).toEqual(['Anders Lind influences Eva Berg (medium, against the deal)', 'Anders Lind reports to Eva Berg']);
    expect(labels('sv')).toEqual(['Anders Lind påverkar Eva Berg (medel, motarbetar affären)', 'Anders Lind rapporterar till Eva Berg']);
  });

  it('draw reports-to from the manager down to the report, without an arrow', () => {
    const deal = buildDeal({
      stakeholders: [decisionMaker({ id: 'cfo' }), stakeholder({ id: 'controller' })],
      relations: [reportsTo('controller', 'cfo', 'r1')],
    });
    const [edge] = buildMapEdges(deal, null);
    expect(edge).toMatchObject({ source: 'cfo', target: 'controller', sourceHandle: 'bottom', targetHandle: 'top' });
    expect(edge?.markerEnd).toBeUndefined();
  });

  it('highlight what the selected gap concerns and dim the rest', () => {
    const deal = buildDealWithSaboteur();
    const johan = stakeholder({ id: 'johan', interest: 'general-info', lastContact: null });
    const withBystander: Deal = { ...deal, stakeholders: [...deal.stakeholders, johan] };
    const gap = qualifyDeal(withBystander, { asOf: '2026-11-27' }).gaps.find((g) => g.code === 'saboteur-unchecked');
    if (!gap) throw new Error('expected saboteur-unchecked');
    const classes = Object.fromEntries(nodesOf(withBystander, gap).map((node) => [node.id, node.className]));
    expect(classes).toEqual({ eva: 'is-highlighted', anders: 'is-highlighted', johan: 'is-dimmed' });
    const [edge] = buildMapEdges(withBystander, gap);
    expect(gap.relationIds).toContain('r1');
    expect(edge?.className).toContain('is-highlighted');
  });

  it('highlight the placeholder for a missing decision-maker, and dim everyone else', () => {
    const deal = buildDeal({ stakeholders: [stakeholder({ id: 'olle' }), stakeholder({ id: 'maja' })] });
    const gap = qualifyDeal(deal, { asOf: '2026-11-27' }).gaps.find((g) => g.code === 'no-decision-maker');
    if (!gap) throw new Error('expected no-decision-maker');
    const classes = Object.fromEntries(nodesOf(deal, gap).map((node) => [node.id, node.className]));
    expect(classes).toEqual({ olle: 'is-dimmed', maja: 'is-dimmed', [PLACEHOLDER_NODE_ID]: 'is-highlighted' });
  });

  it('add a placeholder inviting a decision-maker only when the deal has none', () => {
    expect(nodesOf(buildDeal()).map((node) => node.id)).toEqual([PLACEHOLDER_NODE_ID]);
    expect(nodesOf(buildDealWithSaboteur()).some((node) => node.id === PLACEHOLDER_NODE_ID)).toBe(false);
  });
});

describe('map focus and saboteur paths', () => {
  const deal = buildDeal({
    stakeholders: [
      decisionMaker({ id: 'eva' }),
      stakeholder({ id: 'anders', stance: 'saboteur' }),
      stakeholder({ id: 'lars' }),
      stakeholder({ id: 'karin', stance: 'champion' }),
    ],
    relations: [influences('anders', 'lars', 3, 'r1'), influences('lars', 'eva', 2, 'r2'), influences('karin', 'eva', 2, 'r3')],
  });

  it('draw the saboteur’s whole path to the decision-maker hostile, labelled against only where it starts', () => {
    const edges = buildMapEdges(deal, null);
    const data = (id: string) => edges.find((edge) => edge.id === id)?.data as { hostile: boolean; against: boolean };
    expect(data('r1')).toMatchObject({ hostile: true, against: true });
    expect(data('r2')).toMatchObject({ hostile: true, against: false });
    expect(data('r3')).toMatchObject({ hostile: false, against: false });
  });

  it('dim everyone off the paths into and out of a focused person', () => {
    const nodes = buildMapNodes(deal, completeLayout(deal), qualifyDeal(deal, { asOf: '2026-11-27' }), 'karin', null);
    const classOf = (id: string) => nodes.find((node) => node.id === id)?.className;
    expect(classOf('karin')).toBe('');
    expect(classOf('eva')).toBe('');
    expect(classOf('anders')).toBe('is-dimmed');
    const edges = buildMapEdges(deal, null, {}, new Map(), 'karin');
    expect(edges.map((edge) => [edge.id, edge.className])).toEqual([
      ['r1', 'is-dimmed'],
      ['r2', 'is-dimmed'],
      ['r3', ''],
    ]);
  });
});
