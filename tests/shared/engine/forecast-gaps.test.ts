// The forecast gaps of issue 15: close-date-passed (overdue) and commit-at-risk (the engine challenges a commit call).
import { describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import { coachingQuestions } from '../../../shared/engine/coaching-questions';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { buildDeal, buildDealWithSaboteur, buildHealthyDeal, TEST_AS_OF, withStakeholder } from '../../support/deal-builder';
import { gapCodes, onlyGap, onlyRawGap, qualify } from './qualify-helpers';

describe('close-date-passed', () => {
  it('flags an open deal whose close date is before the review date, with the date and days overdue', () => {
    const deal = buildHealthyDeal({ closeDate: '2026-11-21' });
    const gap = onlyGap(deal, 'close-date-passed', '2026-12-02');
    expect(gap.severity).toBe('warning');
    expect(gap.overdue).toEqual({ closeDate: '2026-11-21', daysOverdue: 11 });
    expect(gap.message).toBe('The close date 2026-11-21 passed 11 days before the review date 2026-12-02, and the deal is still open.');
    expect(gap.nextAction).toBe('Agree a new close date with Eva Berg (CFO).');
    expect(gap.stakeholderIds).toEqual(['eva']);
    expect(coachingQuestions(onlyRawGap(deal, 'close-date-passed', '2026-12-02'), deal)[0]).toBe('The close date has passed: what did Eva Berg say about timing, and when?');
  });

  it('leaves a deal closing on the review date or later, an undated deal, and won or lost deals alone', () => {
    expect(gapCodes(buildHealthyDeal({ closeDate: TEST_AS_OF }))).not.toContain('close-date-passed');
    expect(gapCodes(buildHealthyDeal({ closeDate: null }))).not.toContain('close-date-passed');
    expect(gapCodes(buildHealthyDeal({ closeDate: '2026-01-01', status: 'won' }))).not.toContain('close-date-passed');
    expect(gapCodes(buildHealthyDeal({ closeDate: '2026-01-01', status: 'lost' }))).not.toContain('close-date-passed');
  });

  it('asks the customer for a date and the signer when nobody decides yet', () => {
    const gap = onlyGap(buildDeal({ closeDate: '2026-11-29' }), 'close-date-passed');
    expect(gap.overdue?.daysOverdue).toBe(1);
    expect(gap.message).toContain('passed 1 day before');
    expect(gap.nextAction).toBe('Agree a new close date with the customer, and ask who signs the purchase.');
  });

  it('costs no score and never holds the stage back: it is about the date, not the buying center', () => {
    const overdue = qualify(buildHealthyDeal({ closeDate: '2026-11-01' }));
    expect(overdue).toMatchObject({ stage: 'qualified', score: 100 });
    expect(overdue.gaps.map((gap) => gap.code)).toEqual(['close-date-passed']);
  });
});

describe('commit-at-risk', () => {
  it('challenges a commit deal that has a blocker standing, naming the blockers and the stage', () => {
    const deal = { ...buildDealWithSaboteur(), forecastCategory: 'commit' as const };
    const { stage, gaps } = qualify(deal);
    const gap = onlyGap(deal, 'commit-at-risk');
    expect(gap.severity).toBe('blocker');
    expect(gaps[0]?.code).toBe('commit-at-risk');
    expect(gap.contradicts).toEqual({ stage, blockerCodes: gaps.filter((g) => g.severity === 'blocker' && g.code !== 'commit-at-risk').map((g) => g.code).filter((code, i, all) => all.indexOf(code) === i) });
    expect(gap.message).toMatch(/^The deal is forecast as commit, but .*blocker.* stands? \(“Saboteur unchecked”/);
    const raw = onlyRawGap(deal, 'commit-at-risk');
    expect(renderMessage(dealmapIntl('sv'), raw.message)).toMatch(/^Affären ligger som commit i prognosen, men .*stopp.* står kvar \(”Sabotör utan motvikt”/);
    expect(gap.nextAction).toMatch(/^Move the forecast to best case, or clear the blocker first: /);
  });

  it('challenges a commit deal that is not qualified even without a blocker', () => {
    // Eva is a decision-maker below general-info interest and nobody reaches her: a prospect, warnings only.
    const base = withStakeholder(buildHealthyDeal({ forecastCategory: 'commit' }), 'eva', { interest: 'none', stance: 'neutral' });
    const deal = withStakeholder(base, 'anders', { stance: 'neutral' });
    const qualification = qualify(deal);
    expect(qualification.stage).toBe('prospect');
    expect(qualification.gaps.filter((gap) => gap.severity === 'blocker').map((gap) => gap.code)).toEqual(['commit-at-risk']);
    const gap = onlyGap(deal, 'commit-at-risk');
    expect(gap.contradicts).toEqual({ stage: 'prospect', blockerCodes: [] });
    expect(gap.message).toBe('The deal is forecast as commit, but it is a prospect, not qualified.');
  });

  it('backs a qualified commit with no blocker, and never challenges the other categories', () => {
    expect(gapCodes(buildHealthyDeal({ forecastCategory: 'commit' }))).toEqual([]);
    for (const forecastCategory of ['best-case', 'pipeline', 'omitted'] as const) {
      expect(gapCodes({ ...buildDealWithSaboteur(), forecastCategory })).not.toContain('commit-at-risk');
    }
    expect(gapCodes(buildDeal({ forecastCategory: 'commit', status: 'won' }))).not.toContain('commit-at-risk');
  });

  it('reads the verdict without itself: stage and score are those of the same deal without the call', () => {
    for (const deal of [buildDeal(), buildDealWithSaboteur(), buildHealthyDeal({ closeDate: '2026-10-01' })]) {
      const called = qualifyDeal({ ...deal, forecastCategory: 'commit' }, { asOf: TEST_AS_OF });
      const uncalled = qualifyDeal(deal, { asOf: TEST_AS_OF });
      expect({ stage: called.stage, score: called.score }).toEqual({ stage: uncalled.stage, score: uncalled.score });
      expect(called.gaps.filter((gap) => gap.code !== 'commit-at-risk')).toEqual(uncalled.gaps);
    }
  });
});
