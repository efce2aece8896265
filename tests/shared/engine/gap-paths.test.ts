import { describe, expect, it } from 'vitest';
import type { Relation, Stakeholder } from '../../../shared/model/deal-schema';
import {
  buildDeal,
  buildDealWithSaboteur,
  buildHealthyDeal,
  decisionMaker,
  influences,
  stakeholder,
} from '../../support/deal-builder';
import { onlyGap, qualify } from './qualify-helpers';

const eva = decisionMaker({ id: 'eva', name: 'Eva Berg', title: 'CFO', stance: 'neutral', influence: 5, interest: 'discussing-benefits' });
const johan = decisionMaker({ id: 'johan', name: 'Johan Ny', stance: 'neutral', interest: 'general-info' });
const olof = stakeholder({ id: 'olof', name: 'Olof Ek', stance: 'saboteur', influence: 4, interest: 'general-info' });
const anna = stakeholder({ id: 'anna', name: 'Anna Holm', stance: 'champion', influence: 4, interest: 'general-info' });
const per = stakeholder({ id: 'per', name: 'Per Lund' });

function buyingCenter(stakeholders: Stakeholder[], relations: Relation[]) {
  return buildHealthyDeal({ stakeholders, relations });
}

describe('gap paths', () => {
  it('give saboteur-unchecked the saboteur path through others, source to target', () => {
    const deal = buyingCenter([eva, olof, per], [influences('olof', 'per', 3, 'r1'), influences('per', 'eva', 2, 'r2')]);
    expect(onlyGap(deal, 'saboteur-unchecked').paths).toEqual([
      { stakeholderIds: ['olof', 'per', 'eva'], relationIds: ['r1', 'r2'] },
    ]);
  });

  it('follow the saboteur path with the strongest ally path that fails to match it', () => {
    const deal = buyingCenter(
      [eva, olof, anna, per],
      [influences('olof', 'eva', 3, 'r1'), influences('anna', 'per', 3, 'r2'), influences('per', 'eva', 1, 'r3')],
    );
    const gap = onlyGap(deal, 'saboteur-unchecked');
    expect(gap.paths).toEqual([
      { stakeholderIds: ['olof', 'eva'], relationIds: ['r1'] },
      { stakeholderIds: ['anna', 'per', 'eva'], relationIds: ['r2', 'r3'] },
    ]);
    // The highlighted people and relations stay the saboteur's, as before.
    expect(gap.stakeholderIds).toEqual(['olof', 'eva']);
    expect(gap.relationIds).toEqual(['r1']);
  });

  it("show a decision-maker's own, too weak support as a path of one stakeholder", () => {
    const deal = buyingCenter([{ ...eva, stance: 'champion', influence: 3 }, olof], [influences('olof', 'eva', 3, 'r1')]);
    expect(onlyGap(deal, 'saboteur-unchecked').paths).toEqual([
      { stakeholderIds: ['olof', 'eva'], relationIds: ['r1'] },
      { stakeholderIds: ['eva'], relationIds: [] },
    ]);
  });

  it('give one saboteur path per decision-maker reached unchecked, in deal order', () => {
    const deal = buyingCenter(
      [eva, johan, olof, anna],
      [influences('olof', 'eva', 2, 'r1'), influences('olof', 'johan', 2, 'r2'), influences('anna', 'eva', 1, 'r4')],
    );
    expect(onlyGap(deal, 'saboteur-unchecked').paths).toEqual([
      { stakeholderIds: ['olof', 'eva'], relationIds: ['r1'] },
      { stakeholderIds: ['anna', 'eva'], relationIds: ['r4'] },
      { stakeholderIds: ['olof', 'johan'], relationIds: ['r2'] },
    ]);
  });

  it('are empty for no-ally-path, which names the unreached decision-makers instead', () => {
    const gap = onlyGap(buyingCenter([eva, johan, anna], []), 'no-ally-path');
    expect(gap.paths).toEqual([]);
    expect(gap.stakeholderIds).toEqual(['eva', 'johan']);
  });

  it('are empty for every gap that rests on no influence path', () => {
    const deals = [buildDeal(), buildDealWithSaboteur({ relations: [] }), buyingCenter([eva, olof], [])];
    for (const deal of deals) {
      for (const gap of qualify(deal).gaps) expect(gap.paths).toEqual([]);
    }
  });
});
