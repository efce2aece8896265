import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { NODE_HEIGHT, boxesOverlap } from '../../../shared/layout/layout-geometry';
import { resolveManagers } from '../../../shared/layout/reporting-lines';
import { influences, reportsTo } from '../../support/deal-builder';
import { at, layoutDeal, person } from './build-layout-deal';

function expectNoOverlap(positions: Record<string, { x: number; y: number }>): void {
  const entries = Object.entries(positions);
  for (let i = 0; i < entries.length; i += 1) {
    for (let j = i + 1; j < entries.length; j += 1) {
      const [a, pa] = entries[i] ?? ['', { x: 0, y: 0 }];
      const [b, pb] = entries[j] ?? ['', { x: 0, y: 0 }];
      expect(boxesOverlap(pa, pb), `${a} overlaps ${b}`).toBe(false);
    }
  }
}

describe('autoLayout', () => {
  it('places a report below its manager', () => {
    const deal = layoutDeal(
      [person('cfo', 'decision-maker'), person('controller'), person('analyst')],
      [reportsTo('controller', 'cfo'), reportsTo('analyst', 'controller')],
    );
    const positions = autoLayout(deal);
    expect(at(positions, 'controller').y).toBeGreaterThanOrEqual(at(positions, 'cfo').y + NODE_HEIGHT);
    expect(at(positions, 'analyst').y).toBeGreaterThanOrEqual(at(positions, 'controller').y + NODE_HEIGHT);
  });

  it('gives every stakeholder a position, including people outside any reporting line', () => {
    const deal = layoutDeal(
      [person('ceo', 'decision-maker'), person('cto'), person('buyer', 'buyer'), person('consultant')],
      [reportsTo('cto', 'ceo'), influences('consultant', 'ceo')],
    );
    const positions = autoLayout(deal);
    expect(Object.keys(positions).sort()).toEqual(['buyer', 'ceo', 'consultant', 'cto']);
    expectNoOverlap(positions);
  });

  it('is deterministic', () => {
    const deal = layoutDeal(
      [person('a'), person('b'), person('c'), person('d'), person('e')],
      [reportsTo('b', 'a'), reportsTo('c', 'a'), influences('d', 'a')],
    );
    expect(autoLayout(deal)).toEqual(autoLayout(structuredClone(deal)));
  });

  it('keeps boxes apart in a wide forest with loose stakeholders', () => {
    const people = Array.from({ length: 24 }, (_, index) => person(`p${index}`));
    const relations = [
      ...[1, 2, 3, 4, 5].map((n) => reportsTo(`p${n}`, 'p0')),
      ...[7, 8, 9].map((n) => reportsTo(`p${n}`, 'p1')),
      ...[11, 12].map((n) => reportsTo(`p${n}`, 'p10')),
      reportsTo('p13', 'p7'),
    ];
    const positions = autoLayout(layoutDeal(people, relations));
    expect(Object.keys(positions)).toHaveLength(24);
    expectNoOverlap(positions);
  });

  it('lays out a deal with no relations with decision-makers on top and the rest below', () => {
    const positions = autoLayout(
      layoutDeal([person('user'), person('boss', 'decision-maker'), person('gatekeeper', 'gatekeeper')]),
    );
    expectNoOverlap(positions);
    expect(at(positions, 'boss').y).toBe(0);
    expect(at(positions, 'user').y).toBeGreaterThanOrEqual(NODE_HEIGHT);
    expect(at(positions, 'gatekeeper').y).toBe(at(positions, 'user').y);
  });

  it('puts an influencer outside the org chart below the person they influence', () => {
    const deal = layoutDeal(
      [person('ceo', 'decision-maker'), person('cto'), person('consultant'), person('cfo', 'decision-maker')],
      [reportsTo('cto', 'ceo'), influences('consultant', 'ceo')],
    );
    const positions = autoLayout(deal);
    expect(at(positions, 'cfo').y).toBe(at(positions, 'ceo').y);
    expect(at(positions, 'consultant').y).toBeGreaterThanOrEqual(at(positions, 'ceo').y + NODE_HEIGHT);
    expectNoOverlap(positions);
  });

  it('terminates on a reporting cycle and breaks it at the relation that closes it', () => {
    const deal = layoutDeal(
      [person('a'), person('b'), person('c')],
      [reportsTo('a', 'b'), reportsTo('b', 'c'), reportsTo('c', 'a')],
    );
    const managers = resolveManagers(deal.stakeholders, deal.relations);
    expect([...managers]).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    const positions = autoLayout(deal);
    expect(at(positions, 'c').y).toBeLessThan(at(positions, 'b').y);
    expect(at(positions, 'b').y).toBeLessThan(at(positions, 'a').y);
    expectNoOverlap(positions);
  });

  it('keeps the first manager of someone with two', () => {
    const deal = layoutDeal(
      [person('m1'), person('m2'), person('r')],
      [reportsTo('r', 'm1'), reportsTo('r', 'm2')],
    );
    expect(resolveManagers(deal.stakeholders, deal.relations).get('r')).toBe('m1');
    const positions = autoLayout(deal);
    expect(at(positions, 'r').y).toBeGreaterThan(at(positions, 'm1').y);
    expectNoOverlap(positions);
  });

  it('ignores relations to unknown people and to oneself', () => {
    const deal = layoutDeal([person('a')], [reportsTo('a', 'ghost'), reportsTo('a', 'a', 'self')]);
    expect(autoLayout(deal)).toEqual({ a: { x: 0, y: 0 } });
  });
});
