// The lens criteria read what the methods mean (issue 8): a champion sells for us, a budget is the customer's.
import { describe, expect, it } from 'vitest';
import { scoreLens } from '../../../shared/lenses';
import { criterionInEnglish } from './lens-test-helpers';
import type { Deal } from '../../../shared/model/deal-schema';
import { TEST_AS_OF, withStakeholder } from '../../support/deal-builder';
import { buildFullyQualifiedDeal } from '../../support/lens-builders';

function statusOf(deal: Deal, lens: 'bant' | 'meddpicc', code: string) {
  const result = scoreLens(deal, lens, { asOf: TEST_AS_OF }).criteria.find((criterion) => criterion.code === code);
  return result === undefined ? undefined : criterionInEnglish(result);
}

describe('lens criteria, by what the methods mean', () => {
  it('validates Champion only for a champion who passes the test: a supporter who would pass is not yet selling for us', () => {
    expect(statusOf(buildFullyQualifiedDeal(), 'meddpicc', 'champion')?.status).toBe('validated');
    const supporter = withStakeholder(buildFullyQualifiedDeal(), 'eva', { stance: 'supporter' });
    expect(statusOf(supporter, 'meddpicc', 'champion')).toMatchObject({
      status: 'identified',
      nextStep: 'Ask Eva Berg to sell the deal inside Northwind AB, and mark them a champion once they do.',
    });
  });

  it('never validates a budget nobody at the customer confirmed, nor one below our amount', () => {
    expect(statusOf(buildFullyQualifiedDeal({ budget: { amount: 500000, confirmedBy: null, note: '' } }), 'bant', 'budget')?.status).toBe('identified');
    expect(statusOf(buildFullyQualifiedDeal({ budget: { amount: 100000, confirmedBy: 'eva', note: '' } }), 'bant', 'budget')?.status).toBe('identified');
  });
});
