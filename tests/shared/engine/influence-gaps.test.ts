import { describe, expect, it } from 'vitest';
import type { Relation, Stakeholder } from '../../../shared/model/deal-schema';
import {
  buildHealthyDeal,
  decisionMaker,
  influences,
  reportsTo,
  stakeholder,
} from '../../support/deal-builder';
import { gapCodes, gapsWithCode, onlyGap } from './qualify-helpers';

const eva = decisionMaker({ id: 'eva', name: 'Eva Berg', title: 'CFO', stance: 'neutral', influence: 5, interest: 'discussing-benefits' });
const olof = stakeholder({ id: 'olof', name: 'Olof Ek', title: 'IT director', stance: 'saboteur', influence: 4, interest: 'general-info' });
const anna = stakeholder({ id: 'anna', name: 'Anna Holm', stance: 'champion', influence: 4, interest: 'general-info' });

function buyingCenter(stakeholders: Stakeholder[], relations: Relation[]) {
  return buildHealthyDeal({ stakeholders, relations });
}

describe('no-ally-path', () => {
  it('is a warning when no ally reaches a decision-maker, naming the decision-makers', () => {
    const deal = buyingCenter([eva, anna], [reportsTo('anna', 'eva')]);
    const gap = onlyGap(deal, 'no-ally-path');
    expect(gap.severity).toBe('warning');
    expect(gap.message).toBe(
      'Eva Berg (CFO) does not back the deal yet, and no supporter or champion influences them, directly or through others.',
    );
    expect(gap.nextAction).toBe(
      'Ask Anna Holm, who supports the deal, how to reach Eva Berg, and add that influence to the map.',
    );
    expect(gap.stakeholderIds).toEqual(['eva']);
  });

  it('names every decision-maker and, without any ally, suggests winning the most influential over', () => {
    const johan = decisionMaker({ id: 'johan', name: 'Johan Ny', title: 'CEO', influence: 4 });
    const two = onlyGap(buyingCenter([johan, eva], []), 'no-ally-path');
    expect(two.message).toBe(
      'Johan Ny (CEO) and Eva Berg (CFO) do not back the deal yet, and no supporter or champion influences ' +
        'either of them, directly or through others.',
    );
    expect(two.nextAction).toBe('Win a champion who influences Eva Berg, or win Eva Berg over.');
    const lena = decisionMaker({ id: 'lena', name: 'Lena Ek' });
    expect(onlyGap(buyingCenter([johan, eva, lena], []), 'no-ally-path').message).toContain(
      'Johan Ny (CEO), Eva Berg (CFO) and Lena Ek do not back the deal yet, and no supporter or champion influences any of them',
    );
  });

  it('ignores reports-to relations and influence that runs the wrong way', () => {
    const deal = buyingCenter([eva, anna], [reportsTo('anna', 'eva'), influences('eva', 'anna', 3)]);
    expect(gapCodes(deal)).toContain('no-ally-path');
  });

  it('is absent when an ally influences a decision-maker, also through others', () => {
    const per = stakeholder({ id: 'per', stance: 'skeptic' });
    expect(gapCodes(buyingCenter([eva, anna], [influences('anna', 'eva', 1)]))).not.toContain('no-ally-path');
    const chain = buyingCenter([eva, anna, per], [influences('anna', 'per', 1), influences('per', 'eva', 1)]);
    expect(gapCodes(chain)).not.toContain('no-ally-path');
  });

  it('is absent when a decision-maker is a supporter or champion', () => {
    expect(gapCodes(buyingCenter([{ ...eva, stance: 'supporter' }], []))).not.toContain('no-ally-path');
  });

  it('is absent without a decision-maker, where no-decision-maker says it', () => {
    const codes = gapCodes(buyingCenter([anna], []));
    expect(codes).toContain('no-decision-maker');
    expect(codes).not.toContain('no-ally-path');
  });
});

describe('saboteur-unchecked', () => {
  it('is a blocker when a saboteur influences a decision-maker nobody on our side reaches', () => {
    const gap = onlyGap(buyingCenter([eva, olof], [influences('olof', 'eva', 2, 'r1')]), 'saboteur-unchecked');
    expect(gap).toMatchObject({
      id: 'saboteur-unchecked:olof',
      severity: 'blocker',
      stakeholderIds: ['olof', 'eva'],
      relationIds: ['r1'],
    });
    expect(gap.message).toBe(
      'Olof Ek (IT director) works against the deal and has more sway over Eva Berg (CFO) than any ' +
        'supporter or champion. Reach to Eva Berg: 8 against none (reach = influence × the weakest link of the path).',
    );
    expect(gap.nextAction).toBe(
      'Get someone with at least as much sway over Eva Berg (reach 8 or more) on your side, ' +
        'or meet Olof Ek to hear out the objections.',
    );
  });

  it('highlights the whole path when the saboteur works through others', () => {
    const per = stakeholder({ id: 'per' });
    const deal = buyingCenter([eva, olof, per], [influences('olof', 'per', 3, 'r1'), influences('per', 'eva', 1, 'r2')]);
    const gap = onlyGap(deal, 'saboteur-unchecked');
    expect(gap.stakeholderIds).toEqual(['olof', 'per', 'eva']);
    expect(gap.relationIds).toEqual(['r1', 'r2']);
    expect(gap.message).toContain('Reach to Eva Berg: 4 against none');
  });

  it('is absent when an ally reaches the decision-maker more strongly', () => {
    const deal = buyingCenter([eva, olof, anna], [influences('olof', 'eva', 2), influences('anna', 'eva', 3)]);
    expect(gapCodes(deal)).not.toContain('saboteur-unchecked');
  });

  it('is absent when the ally reaches the decision-maker exactly as strongly (a tie is checked)', () => {
    const deal = buyingCenter([eva, olof, anna], [influences('olof', 'eva', 2), influences('anna', 'eva', 2)]);
    expect(gapCodes(deal)).not.toContain('saboteur-unchecked');
  });

  it('is present when the ally reaches the decision-maker more weakly, and says by how much', () => {
    const deal = buyingCenter([eva, olof, anna], [influences('olof', 'eva', 3), influences('anna', 'eva', 2)]);
    expect(onlyGap(deal, 'saboteur-unchecked').message).toContain(
      'Reach to Eva Berg: 12 against 8 for Anna Holm, the strongest ally (reach = influence × the weakest link of the path).',
    );
  });

  it('is absent when the decision-maker is an ally strong enough on their own', () => {
    const deal = buyingCenter([{ ...eva, stance: 'champion' }, olof], [influences('olof', 'eva', 3)]);
    expect(gapCodes(deal)).not.toContain('saboteur-unchecked');
    const weak = buyingCenter([{ ...eva, stance: 'champion', influence: 3 }, olof], [influences('olof', 'eva', 3)]);
    expect(onlyGap(weak, 'saboteur-unchecked').message).toContain(
      "Reach to Eva Berg: 12 against 9 for Eva Berg's own support",
    );
  });

  it('is absent when the saboteur reaches no decision-maker', () => {
    const deal = buyingCenter([eva, olof], [influences('eva', 'olof', 3), reportsTo('olof', 'eva')]);
    expect(gapCodes(deal)).not.toContain('saboteur-unchecked');
  });

  it('gives one gap per saboteur, covering every decision-maker it reaches unchecked', () => {
    const johan = decisionMaker({ id: 'johan', name: 'Johan Ny', stance: 'neutral' });
    const maja = stakeholder({ id: 'maja', stance: 'saboteur', influence: 1 });
    const deal = buyingCenter(
      [eva, johan, olof, maja, anna],
      [
        influences('olof', 'eva', 2, 'r1'),
        influences('olof', 'johan', 2, 'r2'),
        influences('maja', 'eva', 1, 'r3'),
        influences('anna', 'eva', 1, 'r4'),
      ],
    );
    const gaps = gapsWithCode(deal, 'saboteur-unchecked');
    expect(gaps.map((gap) => gap.id)).toEqual(['saboteur-unchecked:olof']);
    expect(gaps[0]).toMatchObject({ stakeholderIds: ['olof', 'eva', 'johan'], relationIds: ['r1', 'r2'] });
    expect(gaps[0]?.message).toBe(
      'Olof Ek (IT director) works against the deal and has more sway over Eva Berg (CFO) and Johan Ny ' +
        'than any supporter or champion. Reach to Eva Berg: 8 against 4 for Anna Holm, the strongest ally; ' +
        'to Johan Ny: 8 against none (reach = influence × the weakest link of the path).',
    );
  });
});
