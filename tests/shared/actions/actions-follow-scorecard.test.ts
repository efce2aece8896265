// Actions follow the scorecard (issue 8): the weakest link is one a move can raise, and a shown action raises it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../support/english-gaps';
import { rankDealActions } from '../../../shared/actions/rank-deal-actions';
import { raisesCriterion, shownActions } from '../../../shared/actions/shown-actions';
import { scoreLens } from '../../../shared/lenses';
import type { Deal } from '../../../shared/model/deal-schema';
import { LENS_IDS } from '../../../shared/model/vocabulary';
import { buildHealthyDeal, TEST_AS_OF, withStakeholder } from '../../support/deal-builder';
import { qualifiedDealArbitrary } from '../lenses/qualified-deal-arbitrary';

const options = { asOf: TEST_AS_OF };

describe('actions follow the scorecard', () => {
  it('never names an open deal\'s referrals the weakest link: only the close can raise them', () => {
    const card = scoreLens(buildHealthyDeal(), 'qualified-prospect', options);
    expect(card.criteria.find((criterion) => criterion.code === 'referrals')).toMatchObject({ status: 'identified', waitsForClose: true });
    expect(card.weakestLink).toBeNull();
    expect(rankDealActions(buildHealthyDeal(), options)).toEqual([]);
    // Won, the same criterion is the weakest link, and ask-referral raises it.
    const won = buildHealthyDeal({ status: 'won' });
    expect(scoreLens(won, 'qualified-prospect', options).weakestLink?.code).toBe('referrals');
    expect(rankDealActions(won, options).some((action) => raisesCriterion(action, 'referrals'))).toBe(true);
  });

  it('raises missing Referrals on an open deal by winning a supporter to ask once won', () => {
    const deal = withStakeholder(withStakeholder(buildHealthyDeal(), 'eva', { stance: 'neutral' }), 'anders', { stance: 'neutral' });
    expect(scoreLens(deal, 'qualified-prospect', options).criteria.find((c) => c.code === 'referrals')?.status).toBe('missing');
    const action = rankDealActions(deal, options).find((item) => item.kind === 'raise-referrals');
    expect(action && inEnglish(action.title)).toBe('Win Eva Berg (CFO) over as a supporter, someone to ask for referrals once won');
  });

  it('shows, among the five, an action raising the weakest link whenever the ranking has one (all three lenses)', () => {
    fc.assert(
      fc.property(qualifiedDealArbitrary, fc.constantFrom(...LENS_IDS), (generated, lens) => {
        const deal: Deal = { ...generated, status: 'open', lens };
        const { weakestLink } = scoreLens(deal, lens, options);
        const ranked = rankDealActions(deal, options);
        const shown = shownActions(ranked, weakestLink, 5);
        expect(shown.length).toBe(Math.min(5, ranked.length));
        if (weakestLink !== null && ranked.some((action) => raisesCriterion(action, weakestLink.code))) {
          expect(shown.some((action) => raisesCriterion(action, weakestLink.code))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
