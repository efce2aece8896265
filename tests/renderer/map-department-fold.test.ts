import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../shared/engine';
import { completeLayout } from '../../shared/layout/complete-layout';
import { buildMapNodes } from '../../renderer/map/map-elements';
import { FOLDED_SIZE } from '../../renderer/map/department-fold';
import { buildDeal, decisionMaker, reportsTo, stakeholder } from '../support/deal-builder';

const deal = buildDeal({
  stakeholders: [
    decisionMaker({ id: 'ceo', department: 'Executive' }),
    decisionMaker({ id: 'cfo', department: 'Executive' }),
    stakeholder({ id: 'controller', department: 'Finance' }),
    stakeholder({ id: 'analyst', department: 'Finance' }),
  ],
  relations: [reportsTo('controller', 'cfo', 'r1'), reportsTo('analyst', 'controller', 'r2')],
});

function nodesOf(folded: ReadonlySet<string>) {
  return buildMapNodes(deal, completeLayout(deal), qualifyDeal(deal, { asOf: '2026-11-27' }), null, null, folded);
}

describe('folding a department on the map', () => {
  it('hides its people and shrinks its frame to one box; the other department stays as it was', () => {
    const open = nodesOf(new Set());
    const folded = nodesOf(new Set(['Finance']));
    const hidden = folded.filter((node) => node.hidden).map((node) => node.id);
    expect(hidden.sort()).toEqual(['analyst', 'controller']);
    expect(open.some((node) => node.hidden)).toBe(false);

    const frame = folded.find((node) => node.id === 'department:Finance');
    expect(frame).toMatchObject({ width: FOLDED_SIZE.width, height: FOLDED_SIZE.height, data: { folded: true, people: 2 } });
    const openFrame = open.find((node) => node.id === 'department:Finance');
    expect(openFrame?.data).toMatchObject({ folded: false });
    expect(frame?.position).toEqual(openFrame?.position);
    expect(folded.find((node) => node.id === 'department:Executive')).toEqual(open.find((node) => node.id === 'department:Executive'));
  });
});
