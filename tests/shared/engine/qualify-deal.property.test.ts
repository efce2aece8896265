import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareGaps, qualifyDeal } from '../../../shared/engine/qualify-deal';
import { explainScore } from '../../../shared/engine/score';
import { dealSchema } from '../../../shared/model/deal-schema';
import { dealArbitrary, isoDayArbitrary } from './deal-arbitrary';
import { inEnglish } from '../../support/english-gaps';

const RUNS = { numRuns: 300 };

describe('qualifyDeal on any valid deal', () => {
  it('is given valid deals by the arbitrary', () => {
    fc.assert(
      fc.property(dealArbitrary(), (deal) => {
        expect(dealSchema.safeParse(deal).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws and is deterministic, also on a copy of the deal', () => {
    fc.assert(
      fc.property(dealArbitrary(), isoDayArbitrary, (deal, asOf) => {
        const first = qualifyDeal(deal, { asOf });
        expect(qualifyDeal(deal, { asOf })).toEqual(first);
        expect(qualifyDeal(structuredClone(deal), { asOf })).toEqual(first);
      }),
      RUNS,
    );
  });

  it('scores 0 to 100, as the sum of the explained criteria for open deals', () => {
    fc.assert(
      fc.property(dealArbitrary(), isoDayArbitrary, (deal, asOf) => {
        const { score } = qualifyDeal(deal, { asOf });
        expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
        const explained = explainScore(deal, { asOf });
        expect(explained.score).toBe(score);
        if (deal.status === 'open') {
          const criteria = explained.lines.reduce((sum, line) => sum + (line.met ? line.points : 0), 0);
          expect(Math.max(0, criteria - 5 * (explained.lens?.missing.length ?? 0))).toBe(score);
        }
      }),
      RUNS,
    );
  });

  it('gives gaps sorted, with unique ids, naming stakeholders and influence relations of the deal', () => {
    fc.assert(
      fc.property(dealArbitrary(), isoDayArbitrary, (deal, asOf) => {
        const { gaps } = qualifyDeal(deal, { asOf });
        const stakeholderIds = new Set(deal.stakeholders.map((person) => person.id));
        const influenceIds = new Set(deal.relations.filter((r) => r.kind === 'influences').map((r) => r.id));
        gaps.slice(1).forEach((gap, index) => {
          expect(compareGaps(gaps[index] ?? gap, gap)).toBeLessThan(0);
        });
        expect(new Set(gaps.map((gap) => gap.id)).size).toBe(gaps.length);
        for (const gap of gaps) {
          for (const id of gap.stakeholderIds) expect(stakeholderIds.has(id)).toBe(true);
          for (const id of gap.relationIds) expect(influenceIds.has(id)).toBe(true);
          const [message, nextAction] = [inEnglish(gap.message), inEnglish(gap.nextAction)];
          expect(message.trim()).not.toBe('');
          expect(nextAction.trim()).not.toBe('');
          expect(message).toMatch(/[.!?…]["'”’]?$/);
          expect(nextAction).toMatch(/[.!?…]["'”’]?$/);
        }
      }),
      RUNS,
    );
  });

  it('follows the status: lost deals have no gaps, won deals at most referral-not-asked', () => {
    fc.assert(
      fc.property(dealArbitrary(), isoDayArbitrary, (deal, asOf) => {
        const { stage, gaps } = qualifyDeal(deal, { asOf });
        if (deal.status === 'lost') expect({ stage, gaps }).toEqual({ stage: 'lost', gaps: [] });
        if (deal.status === 'won') {
          expect(stage).toBe('customer');
          expect(gaps.every((gap) => gap.code === 'referral-not-asked')).toBe(true);
        }
        if (deal.status === 'open') expect(['lead', 'prospect', 'qualified']).toContain(stage);
      }),
      RUNS,
    );
  });
});
