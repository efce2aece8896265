import { describe, expect, it } from 'vitest';
import { explainScore, SCORE_CRITERIA } from '../../../shared/engine/score';
import type { Deal, Stakeholder } from '../../../shared/model/deal-schema';
import {
  buildDeal,
  buildHealthyDeal,
  decisionMaker,
  influences,
  stakeholder,
  TEST_AS_OF,
  withStakeholder,
} from '../../support/deal-builder';
import { qualify } from './qualify-helpers';

function explain(deal: Deal, asOf = TEST_AS_OF): ReturnType<typeof explainScore> {
  return explainScore(deal, { asOf });
}

function metCriteria(deal: Deal, asOf = TEST_AS_OF): string[] {
  return explain(deal, asOf)
    .lines.filter((line) => line.met)
    .map((line) => line.id);
}

function unmetCriteria(deal: Deal, asOf = TEST_AS_OF): string[] {
  return explain(deal, asOf)
    .lines.filter((line) => !line.met)
    .map((line) => line.id);
}

describe('score', () => {
  it('has criteria worth 100 points in all, with unique ids', () => {
    expect(SCORE_CRITERIA.reduce((sum, criterion) => sum + criterion.points, 0)).toBe(100);
    expect(new Set(SCORE_CRITERIA.map((criterion) => criterion.id)).size).toBe(SCORE_CRITERIA.length);
  });

  it('gives an empty open deal 0: without a decision-maker, saboteurs are not checked', () => {
    expect(qualify(buildDeal()).score).toBe(0);
    expect(metCriteria(buildDeal())).toEqual([]);
  });

  it('gives a deal meeting every criterion 100', () => {
    expect(explain(buildHealthyDeal())).toMatchObject({ score: 100, basis: 'criteria' });
  });

  it('adds up the criteria a prospect meets', () => {
    const deal = buildDeal({
      need: { confirmed: true, summary: '' },
      stakeholders: [
        stakeholder({ id: 'anna', interest: 'general-info' }),
        decisionMaker({ id: 'eva', stance: 'neutral', interest: 'none' }),
      ],
    });
    // need 15 + interest 10 + decision-maker 5 + saboteurs checked 10 + no skeptic 5 + stance known 5 + in touch 5
    // = 55, less 5 for each of the lens's missing Value case and Referrals (nobody backs the deal)
    expect(explain(deal).lens?.missing.map((criterion) => criterion.code)).toEqual(['value-case', 'referrals']);
    expect(qualify(deal).score).toBe(45);
    expect(metCriteria(deal)).toEqual([
      'need-confirmed',
      'interest-shown',
      'decision-maker-present',
      'saboteurs-checked',
      'skeptics-answered',
      'decision-makers-known',
      'decision-makers-in-touch',
    ]);
  });

  it('takes 10 points for an unchecked saboteur and 10 more once no ally reaches the decision-maker', () => {
    const olof = stakeholder({ id: 'olof', stance: 'saboteur', influence: 5 });
    const healthy = withStakeholder(buildHealthyDeal(), 'eva', { influence: 4 });
    // Eva reaches herself with 12 and Anders reaches her with 9; Olof reaches her with 15.
    const deal = { ...healthy, stakeholders: [...healthy.stakeholders, olof], relations: [...healthy.relations, influences('olof', 'eva', 3)] };
    // 10 for saboteurs-checked, 5 for the lens's Saboteurs criterion, missing while Olof is unchecked
    expect(qualify(deal).score).toBe(85);
    // and 10 more for ally-reaches-decision-maker, 5 for Referrals (nobody backs the deal to ask)
    expect(qualify(withStakeholder(withStakeholder(deal, 'eva', { stance: 'neutral' }), 'anders', { stance: 'neutral' })).score).toBe(70);
  });

  it('takes 10 points for a saboteur decision-maker', () => {
    // and 5 for the lens's Saboteurs criterion, missing while a decision-maker is a saboteur
    expect(qualify(withStakeholder(buildHealthyDeal(), 'eva', { stance: 'saboteur' })).score).toBe(85);
  });

  it('takes 5 points while any decision-maker stance is unknown, not per decision-maker', () => {
    const healthy = buildHealthyDeal();
    const two = { ...healthy, stakeholders: [...healthy.stakeholders, decisionMaker({ id: 'per', stance: 'unknown' })] };
    expect(unmetCriteria(two)).toEqual(['decision-makers-known']);
    expect(explain(withStakeholder(two, 'eva', { stance: 'unknown' })).score).toBe(95);
  });

  it('counts a decision-maker in touch up to 30 days before the review date, and a later contact too', () => {
    const contactedOn = (lastContact: string | null): Deal =>
      withStakeholder(buildHealthyDeal(), 'eva', { lastContact });
    expect(explain(contactedOn('2026-10-31')).score).toBe(100);
    expect(explain(contactedOn('2026-12-10')).score).toBe(100);
    expect(unmetCriteria(contactedOn('2026-10-30'))).toEqual(['decision-makers-in-touch']);
    expect(unmetCriteria(contactedOn(null))).toEqual(['decision-makers-in-touch']);
    const withoutContactDate: Stakeholder = {
      id: 'eva',
      name: 'Eva Berg',
      role: 'decision-maker',
      stance: 'champion',
      influence: 5,
      interest: 'discussing-benefits',
    };
    const deal = buildHealthyDeal();
    expect(unmetCriteria({ ...deal, stakeholders: [withoutContactDate, ...deal.stakeholders.slice(1)] })).toEqual([
      'decision-makers-in-touch',
    ]);
  });

  it('reads the contact criterion against the review date it is given', () => {
    const deal = buildHealthyDeal();
    expect(explain(deal, '2026-12-20').score).toBe(100);
    expect(explain(deal, '2026-12-21').score).toBe(95);
    expect(qualify(deal, '2026-12-21').score).toBe(95);
  });

  it('refuses a review date that is not a real date, like qualifyDeal', () => {
    expect(() => explain(buildHealthyDeal(), '2026-02-30')).toThrow(RangeError);
    expect(() => explain(buildDeal({ status: 'won' }), 'today')).toThrow(RangeError);
  });

  it('scores the unknown-stance, out-of-touch decision-maker of a qualified deal below 100', () => {
    const deal = withStakeholder(buildHealthyDeal(), 'eva', { stance: 'unknown', lastContact: '2026-10-20' });
    expect(qualify(deal)).toMatchObject({ stage: 'qualified', score: 90 });
    expect(unmetCriteria(deal)).toEqual(['decision-makers-known', 'decision-makers-in-touch']);
  });

  it('gives a won deal 100 and a lost deal 0, whatever the criteria', () => {
    expect(qualify(buildDeal({ status: 'won' })).score).toBe(100);
    expect(qualify(buildHealthyDeal({ status: 'lost' })).score).toBe(0);
    expect(explain(buildDeal({ status: 'won' }))).toMatchObject({ score: 100, basis: 'status' });
    expect(explain(buildHealthyDeal({ status: 'lost' }))).toMatchObject({ score: 0, basis: 'status' });
  });
});
