import { describe, expect, it } from 'vitest';
import { validateDeal } from '../../../shared/model/validation';
import {
  addBenefit,
  removeBenefit,
  renameDeal,
  updateBenefit,
  updateDealDetails,
  updateNeed,
  updateSavings,
} from '../../../shared/edits/deal-edits';
import { buildDeal } from '../../support/deal-builder';

describe('deal edits', () => {
  it('patch the details without touching the input deal', () => {
    const deal = buildDeal();
    const next = updateDealDetails(deal, { amount: 500000, status: 'won', closeDate: null });
    expect(next).toMatchObject({ amount: 500000, status: 'won', closeDate: null });
    expect(deal).toMatchObject({ amount: 480000, status: 'open', closeDate: '2027-02-28' });
  });

  it('leave a cleared optional field out of the saved JSON', () => {
    const next = updateDealDetails(buildDeal(), { amount: undefined, currency: undefined });
    const written = JSON.parse(JSON.stringify(next)) as Record<string, unknown>;
    expect('amount' in written).toBe(false);
    expect('currency' in written).toBe(false);
    expect(validateDeal(written).ok).toBe(true);
  });

  it('rename a deal, and renaming to the same name changes nothing', () => {
    const deal = buildDeal();
    expect(renameDeal(deal, 'ERP 2.0').name).toBe('ERP 2.0');
    expect(renameDeal(deal, deal.name)).toBe(deal);
  });

  it('edit the need', () => {
    const next = updateNeed(buildDeal({ need: { confirmed: false, summary: '' } }), { confirmed: true });
    expect(next.need).toEqual({ confirmed: true, summary: '' });
  });

  it('add, edit and remove benefits in order', () => {
    let deal = addBenefit(buildDeal(), { kind: 'efficiency', text: 'Close in three days' });
    deal = addBenefit(deal);
    deal = updateBenefit(deal, 1, { kind: 'better-support', text: 'A named contact' });
    expect(deal.valueCase.benefits).toEqual([
      { kind: 'efficiency', text: 'Close in three days' },
      { kind: 'better-support', text: 'A named contact' },
    ]);
    deal = removeBenefit(deal, 0);
    expect(deal.valueCase.benefits).toEqual([{ kind: 'better-support', text: 'A named contact' }]);
  });

  it('set and clear savings', () => {
    let deal = updateSavings(buildDeal(), { frontEnd: 60000 });
    deal = updateSavings(deal, { backEnd: 150000 });
    expect(deal.valueCase.savings).toEqual({ frontEnd: 60000, backEnd: 150000 });
    expect(updateSavings(deal, { frontEnd: null }).valueCase.savings.frontEnd).toBeNull();
  });

  it('answer the very same deal when an edit changes nothing', () => {
    const deal = buildDeal({ valueCase: { benefits: [{ kind: 'efficiency', text: 'Close in three days' }], savings: { frontEnd: 60000, backEnd: null } } });
    expect(updateDealDetails(deal, { amount: 480000, status: 'open', name: deal.name })).toBe(deal);
    expect(updateDealDetails(deal, {})).toBe(deal);
    expect(updateNeed(deal, { confirmed: false, summary: '' })).toBe(deal);
    expect(updateBenefit(deal, 0, { kind: 'efficiency', text: 'Close in three days' })).toBe(deal);
    expect(updateBenefit(deal, 3, { text: 'Nowhere' })).toBe(deal);
    expect(removeBenefit(deal, 1)).toBe(deal);
    expect(removeBenefit(deal, -1)).toBe(deal);
    expect(updateSavings(deal, { frontEnd: 60000, backEnd: null })).toBe(deal);
    expect(updateDealDetails(deal, { amount: undefined })).not.toBe(deal);
  });
});
