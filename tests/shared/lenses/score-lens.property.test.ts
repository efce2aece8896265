// Properties of every scorecard on random deals: lens order, next steps, evidence ids, determinism.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import { LENSES, scoreLens } from '../../../shared/lenses';
import { LENS_IDS } from '../../../shared/model/deal-schema';
import { TEST_AS_OF } from '../../support/deal-builder';
import { qualifiedDealArbitrary } from './qualified-deal-arbitrary';

describe('scoreLens on random deals', () => {
  it('keeps lens order, gives a next step exactly when not validated, and cites only the deal\'s people', () => {
    fc.assert(
      fc.property(qualifiedDealArbitrary, fc.constantFrom(...LENS_IDS), (deal, lens) => {
        const card = scoreLens(deal, lens, { asOf: TEST_AS_OF });
        const ids = new Set(deal.stakeholders.map((person) => person.id));
        expect(card.criteria.map((criterion) => criterion.code)).toEqual(LENSES[lens].criteria.map((criterion) => criterion.code));
        for (const criterion of card.criteria) {
          expect(criterion.nextStep === null).toBe(criterion.status === 'validated');
          for (const item of criterion.evidence) {
            expect(renderMessage(dealmapIntl('en'), item.message).trim()).not.toBe('');
            for (const id of item.stakeholderIds) expect(ids.has(id)).toBe(true);
          }
        }
        // Criteria only the close can raise (an open deal's referrals) are never the weakest link.
        const raisable = card.criteria.filter((criterion) => criterion.waitsForClose !== true);
        const lowest = raisable.find((criterion) => criterion.status === 'missing') ??
          raisable.find((criterion) => criterion.status === 'identified') ??
          null;
        expect(card.weakestLink).toBe(lowest);
        expect(scoreLens(structuredClone(deal), lens, { asOf: TEST_AS_OF })).toEqual(card);
      }),
      { numRuns: 300 },
    );
  });
});
