import { describe, expect, it } from 'vitest';
import { hostileRelationIds, personFocus } from '../../../shared/layout/map-focus';
import { buildDeal, decisionMaker, influences, reportsTo, stakeholder } from '../../support/deal-builder';

// Sab → Mid → Dm is the saboteur's path; Ally → Dm is an ally's; Mid → Side leads to no decision-maker.
const deal = buildDeal({
  stakeholders: [
    decisionMaker({ id: 'dm' }),
    stakeholder({ id: 'sab', stance: 'saboteur' }),
    stakeholder({ id: 'mid' }),
    stakeholder({ id: 'ally', stance: 'champion' }),
    stakeholder({ id: 'side' }),
    stakeholder({ id: 'report' }),
  ],
  relations: [
    influences('sab', 'mid', 3, 'r1'),
    influences('mid', 'dm', 2, 'r2'),
    influences('ally', 'dm', 2, 'r3'),
    influences('mid', 'side', 1, 'r4'),
    reportsTo('report', 'ally', 'r5'),
  ],
});

describe('hostileRelationIds', () => {
  it('marks every step of a saboteur’s path to a decision-maker, and nothing else', () => {
    expect([...hostileRelationIds(deal)].sort()).toEqual(['r1', 'r2']);
  });

  it('marks a saboteur’s own influence even where it reaches no decision-maker', () => {
    const lone = buildDeal({ stakeholders: [stakeholder({ id: 'sab', stance: 'saboteur' }), stakeholder({ id: 'x' })], relations: [influences('sab', 'x', 2, 'r1')] });
    expect([...hostileRelationIds(lone)]).toEqual(['r1']);
  });
});

describe('personFocus', () => {
  it('keeps the paths into and out of the person and their own reporting lines', () => {
    const focus = personFocus(deal, 'ally');
    expect([...focus.relations].sort()).toEqual(['r3', 'r5']);
    expect([...focus.people].sort()).toEqual(['ally', 'dm', 'report']);
    const middle = personFocus(deal, 'mid');
    expect([...middle.relations].sort()).toEqual(['r1', 'r2', 'r4']);
    expect(middle.people.has('ally')).toBe(false);
  });
});
