import { describe, expect, it } from 'vitest';
import { explainScore, SCORE_CRITERIA, type ScoreCriterionId } from '../../../shared/engine/score';
import type { GapCode } from '../../../shared/engine/types';
import type { Deal } from '../../../shared/model/deal-schema';
import {
  buildDeal,
  buildHealthyDeal,
  decisionMaker,
  influences,
  stakeholder,
  TEST_AS_OF,
  withStakeholder,
} from '../../support/deal-builder';
import { BLOCKER_AND_WARNING_CODES, CRITERION_GAPS } from './criterion-gaps';
import { gapCodes, qualify } from './qualify-helpers';

interface GapCase {
  readonly deal: Deal;
  readonly score: number;
  readonly unmet: readonly ScoreCriterionId[];
}

const healthy = buildHealthyDeal();

function withSaboteurOverEva(): Deal {
  const deal = withStakeholder(healthy, 'eva', { influence: 4 });
  return {
    ...deal,
    stakeholders: [...deal.stakeholders, stakeholder({ id: 'olof', stance: 'saboteur', influence: 5 })],
    relations: [...deal.relations, influences('olof', 'eva', 3)],
  };
}

/** Eva loses interest; Anders carries the deep interest and Lena keeps the deal multi-threaded. */
function withUnengagedDecisionMaker(): Deal {
  const deal = withStakeholder(withStakeholder(healthy, 'eva', { interest: 'none' }), 'anders', {
    interest: 'discussing-benefits',
  });
  return { ...deal, stakeholders: [...deal.stakeholders, stakeholder({ id: 'lena', interest: 'general-info' })] };
}

/** The healthy deal (100, no gaps) changed in one way, for every blocker and warning code. */
const GAP_CASES: Readonly<Partial<Record<GapCode, GapCase | null>>> = {
  'need-unconfirmed': {
    deal: { ...healthy, need: { confirmed: false, summary: '' } },
    score: 85,
    unmet: ['need-confirmed'],
  },
  'no-interest': {
    deal: withStakeholder(withStakeholder(healthy, 'eva', { interest: 'none' }), 'anders', { interest: 'unknown' }),
    score: 65,
    unmet: ['interest-shown', 'interest-deep', 'decision-maker-engaged', 'multi-threaded'],
  },
  'interest-shallow': {
    deal: withStakeholder(healthy, 'eva', { interest: 'general-info' }),
    score: 90,
    unmet: ['interest-deep'],
  },
  'no-decision-maker': {
    deal: withStakeholder(healthy, 'eva', { role: 'influencer' }),
    score: 50,
    unmet: [
      'decision-maker-present',
      'decision-maker-engaged',
      'ally-reaches-decision-maker',
      'saboteurs-checked',
      'skeptics-answered',
      'decision-makers-known',
      'decision-makers-in-touch',
    ],
  },
  'decision-maker-stance-unknown': {
    deal: withStakeholder(healthy, 'eva', { stance: 'unknown' }),
    score: 95,
    unmet: ['decision-makers-known'],
  },
  'decision-maker-unengaged': {
    deal: withUnengagedDecisionMaker(),
    score: 90,
    unmet: ['decision-maker-engaged'],
  },
  'decision-maker-saboteur': {
    deal: withStakeholder(healthy, 'eva', { stance: 'saboteur' }),
    score: 90,
    unmet: ['saboteurs-checked'],
  },
  'decision-maker-skeptic': {
    // Eva's own doubts weigh 5 × 3 = 15; Anders reaches her with 3 × 3 = 9.
    deal: withStakeholder(healthy, 'eva', { stance: 'skeptic' }),
    score: 95,
    unmet: ['skeptics-answered'],
  },
  'no-ally-path': {
    deal: withStakeholder(withStakeholder(healthy, 'eva', { stance: 'neutral' }), 'anders', { stance: 'neutral' }),
    score: 90,
    unmet: ['ally-reaches-decision-maker'],
  },
  'saboteur-unchecked': { deal: withSaboteurOverEva(), score: 90, unmet: ['saboteurs-checked'] },
  'single-threaded': {
    deal: withStakeholder(healthy, 'anders', { interest: 'none' }),
    score: 95,
    unmet: ['multi-threaded'],
  },
  'no-benefits': {
    deal: { ...healthy, valueCase: { ...healthy.valueCase, benefits: [{ kind: 'other', text: '  ' }] } },
    score: 95,
    unmet: ['benefit-named'],
  },
  'no-savings-case': {
    deal: { ...healthy, valueCase: { ...healthy.valueCase, savings: { frontEnd: 0, backEnd: null } } },
    score: 95,
    unmet: ['savings-given'],
  },
  'stale-decision-maker': {
    deal: withStakeholder(healthy, 'eva', { lastContact: '2026-10-20' }),
    score: 95,
    unmet: ['decision-makers-in-touch'],
  },
  // An info gap, and only on won deals, whose score is 100 by status.
  'referral-not-asked': null,
};

function unmetCriteria(deal: Deal): ScoreCriterionId[] {
  return explainScore(deal, { asOf: TEST_AS_OF })
    .lines.filter((line) => !line.met)
    .map((line) => line.id);
}

/** The engine criteria's part of the score, before the lens's missing criteria take theirs. */
function criteriaScore(deal: Deal): number {
  return explainScore(deal, { asOf: TEST_AS_OF }).lines.reduce((sum, line) => sum + (line.met ? line.points : 0), 0);
}

describe('score and gaps agree', () => {
  it('starts from a deal with no gaps that scores 100', () => {
    expect(qualify(healthy)).toMatchObject({ score: 100, gaps: [] });
  });

  it('ties every blocker and warning code to at least one criterion', () => {
    const tied = new Set(Object.values(CRITERION_GAPS).flat());
    expect(BLOCKER_AND_WARNING_CODES.filter((code) => !tied.has(code))).toEqual([]);
    expect(BLOCKER_AND_WARNING_CODES.filter((code) => (GAP_CASES[code] ?? null) === null)).toEqual([]);
  });

  for (const code of BLOCKER_AND_WARNING_CODES) {
    it(`takes points when ${code} stands`, () => {
      const gapCase = GAP_CASES[code] ?? null;
      if (gapCase === null) throw new Error(`no case for ${code}`);
      expect(gapCodes(gapCase.deal)).toContain(code);
      expect(criteriaScore(gapCase.deal)).toBe(gapCase.score);
      expect(unmetCriteria(gapCase.deal)).toEqual(gapCase.unmet);
    });
  }

  it('adds up the criteria a gap costs to the points it takes', () => {
    for (const code of BLOCKER_AND_WARNING_CODES) {
      const gapCase = GAP_CASES[code] ?? null;
      if (gapCase === null) continue;
      const lost = SCORE_CRITERIA.filter((criterion) => gapCase.unmet.includes(criterion.id))
        .reduce((sum, criterion) => sum + criterion.points, 0);
      expect(100 - lost).toBe(gapCase.score);
    }
  });

  it('reports decision-makers below general-info interest even when an ally reaches them', () => {
    const deal = buildDeal({
      ...healthy,
      stakeholders: [
        decisionMaker({ id: 'eva', stance: 'champion', interest: 'none' }),
        stakeholder({ id: 'anders', role: 'influencer', stance: 'supporter', interest: 'discussing-benefits' }),
        stakeholder({ id: 'lena', interest: 'general-info' }),
      ],
      relations: [influences('anders', 'eva', 3)],
    });
    expect(qualify(deal).score).toBe(90);
    expect(gapCodes(deal)).toEqual(['decision-maker-unengaged']);
    expect(unmetCriteria(deal)).toEqual(['decision-maker-engaged']);
  });
});
