import { describe, expect, it } from 'vitest';
import type { Deal } from '../../../shared/model/deal-schema';
import { buildHealthyDeal } from '../../support/deal-builder';
import { gapCodes, onlyGap } from './qualify-helpers';

function withValueCase(valueCase: Deal['valueCase']): Deal {
  return buildHealthyDeal({ valueCase });
}

const SAVINGS = { frontEnd: 60000, backEnd: 150000 };

describe('no-benefits', () => {
  it('is a warning when the value case names no benefit', () => {
    const gap = onlyGap(withValueCase({ benefits: [], savings: SAVINGS }), 'no-benefits');
    expect(gap.severity).toBe('warning');
    expect(gap.nextAction).toContain('with Eva Berg');
  });

  it('counts a benefit with a blank text as none', () => {
    const blank = withValueCase({ benefits: [{ kind: 'efficiency', text: '  ' }], savings: SAVINGS });
    expect(gapCodes(blank)).toContain('no-benefits');
  });

  it('is absent when a benefit is named', () => {
    const named = withValueCase({ benefits: [{ kind: 'better-support', text: 'Support in Swedish' }], savings: SAVINGS });
    expect(gapCodes(named)).not.toContain('no-benefits');
  });
});

describe('no-savings-case', () => {
  const benefits = buildHealthyDeal().valueCase.benefits;

  it('is a warning when neither saving is given', () => {
    const gap = onlyGap(withValueCase({ benefits, savings: { frontEnd: null, backEnd: null } }), 'no-savings-case');
    expect(gap.severity).toBe('warning');
  });

  it('counts savings of 0 as none', () => {
    expect(gapCodes(withValueCase({ benefits, savings: { frontEnd: 0, backEnd: 0 } }))).toContain('no-savings-case');
  });

  it('is absent with a front-end or a back-end saving', () => {
    expect(gapCodes(withValueCase({ benefits, savings: { frontEnd: 1, backEnd: null } }))).not.toContain(
      'no-savings-case',
    );
    expect(gapCodes(withValueCase({ benefits, savings: { frontEnd: null, backEnd: 5000 } }))).not.toContain(
      'no-savings-case',
    );
  });
});
