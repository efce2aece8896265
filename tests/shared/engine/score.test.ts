import { describe, expect, it } from 'vitest';
import { explainScore, SCORE_CRITERIA } from '../../../shared/engine/score';
import {
  buildDeal,
  buildHealthyDeal,
  decisionMaker,
  influences,
  stakeholder,
  withStakeholder,
} from '../../support/deal-builder';
import { qualify } from './qualify-helpers';

function metCriteria(deal: Parameters<typeof explainScore>[0]): string[] {
  return explainScore(deal)
    .lines.filter((line) => line.met)
    .map((line) => line.id);
}

describe('score', () => {
  it('has criteria worth 100 points in all', () => {
    expect(SCORE_CRITERIA.reduce((sum, criterion) => sum + criterion.points, 0)).toBe(100);
    expect(new Set(SCORE_CRITERIA.map((criterion) => criterion.id)).size).toBe(SCORE_CRITERIA.length);
  });

  it('gives an empty open deal only the points for having no unchecked saboteur', () => {
    expect(qualify(buildDeal()).score).toBe(10);
    expect(metCriteria(buildDeal())).toEqual(['saboteurs-checked']);
  });

  it('gives a deal meeting every criterion 100', () => {
    expect(explainScore(buildHealthyDeal())).toMatchObject({ score: 100, basis: 'criteria' });
  });

  it('adds up the criteria a prospect meets', () => {
    const deal = buildDeal({
      need: { confirmed: true, summary: '' },
      stakeholders: [
        stakeholder({ id: 'anna', interest: 'general-info' }),
        decisionMaker({ id: 'eva', stance: 'neutral', interest: 'none' }),
      ],
    });
    // need 20 + interest 15 + decision-maker 10 + no saboteur 10
    expect(qualify(deal).score).toBe(55);
    expect(metCriteria(deal)).toEqual(['need-confirmed', 'interest-shown', 'decision-maker-known', 'saboteurs-checked']);
  });

  it('takes 10 points for an unchecked saboteur and 10 more once no ally reaches the decision-maker', () => {
    const olof = stakeholder({ id: 'olof', stance: 'saboteur', influence: 5 });
    const healthy = withStakeholder(buildHealthyDeal(), 'eva', { influence: 4 });
    // Eva reaches herself with 12 and Anders reaches her with 9; Olof reaches her with 15.
    const deal = { ...healthy, stakeholders: [...healthy.stakeholders, olof], relations: [...healthy.relations, influences('olof', 'eva', 3)] };
    expect(qualify(deal).score).toBe(90);
    expect(qualify(withStakeholder(withStakeholder(deal, 'eva', { stance: 'neutral' }), 'anders', { stance: 'neutral' })).score).toBe(80);
  });

  it('takes 10 points for a saboteur decision-maker', () => {
    expect(qualify(withStakeholder(buildHealthyDeal(), 'eva', { stance: 'saboteur' })).score).toBe(90);
  });

  it('gives a won deal 100 and a lost deal 0, whatever the criteria', () => {
    expect(qualify(buildDeal({ status: 'won' })).score).toBe(100);
    expect(qualify(buildHealthyDeal({ status: 'lost' })).score).toBe(0);
    expect(explainScore(buildDeal({ status: 'won' }))).toMatchObject({ score: 100, basis: 'status' });
  });
});
