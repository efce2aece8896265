import { describe, expect, it } from 'vitest';
import { buildDeal, decisionMaker, influences, stakeholder } from '../../support/deal-builder';
import { gapCodes, onlyGap, qualify } from './qualify-helpers';

const NEED = { confirmed: true, summary: 'Month-end close takes nine days' };
const benefits = { benefits: [{ kind: 'efficiency' as const, text: 'Close in three days' }], savings: { frontEnd: 1000, backEnd: null } };
const skeptic = decisionMaker({ id: 'eva', name: 'Eva Berg', title: 'CFO', stance: 'skeptic', influence: 4, interest: 'discussing-benefits' });
const anna = stakeholder({ id: 'anna', name: 'Anna Ek', stance: 'supporter', influence: 4, interest: 'discussing-benefits' });

describe('decision-maker-skeptic (issue 8)', () => {
  it('stands when the only decision-maker is a skeptic nobody on our side reaches, and costs score', () => {
    const deal = buildDeal({ need: NEED, valueCase: benefits, stakeholders: [skeptic, { ...anna, stance: 'neutral' }] });
    const gap = onlyGap(deal, 'decision-maker-skeptic');
    expect(gap).toMatchObject({ id: 'decision-maker-skeptic:eva', severity: 'warning', stakeholderIds: ['eva'] });
    expect(gap.message).toContain('Eva Berg (CFO) is a decision-maker and skeptical of the deal');
    expect(gap.message).toContain('their own doubts weigh 12 (influence 4 × 3)');
    const { score, gaps } = qualify(deal);
    expect(score).toBeLessThan(100);
    expect(gaps.map((g) => g.message)).not.toEqual([]);
  });

  it('is answered by an ally whose reach matches the skeptic’s own doubts (a tie answers), and not by a weaker one', () => {
    const weak = buildDeal({ need: NEED, stakeholders: [skeptic, anna], relations: [influences('anna', 'eva', 2)] });
    expect(gapCodes(weak)).toContain('decision-maker-skeptic');
    expect(onlyGap(weak, 'decision-maker-skeptic').paths).toEqual([
      { stakeholderIds: ['eva'], relationIds: [] },
      { stakeholderIds: ['anna', 'eva'], relationIds: ['anna-influences-eva'] },
    ]);
    const tie = buildDeal({ need: NEED, stakeholders: [skeptic, anna], relations: [influences('anna', 'eva', 3)] });
    expect(gapCodes(tie)).not.toContain('decision-maker-skeptic');
  });

  it('weighs another skeptic’s or saboteur’s pull when it is stronger than the decision-maker’s own', () => {
    const lars = stakeholder({ id: 'lars', name: 'Lars Ek', stance: 'skeptic', influence: 5 });
    const mild = { ...skeptic, influence: 1 };
    const deal = buildDeal({
      need: NEED,
      stakeholders: [mild, anna, lars],
      relations: [influences('anna', 'eva', 3), influences('lars', 'eva', 3)],
    });
    const gap = onlyGap(deal, 'decision-maker-skeptic');
    expect(gap.message).toContain('Lars Ek pulls them against the deal with 15');
    expect(gap.message).toContain('the strongest ally, Anna Ek, reaches them with only 12');
  });

  it('does not stand for a skeptic who is not a decision-maker', () => {
    const deal = buildDeal({ need: NEED, stakeholders: [{ ...skeptic, role: 'influencer' }] });
    expect(gapCodes(deal)).not.toContain('decision-maker-skeptic');
  });
});
