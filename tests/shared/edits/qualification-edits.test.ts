import { describe, expect, it } from 'vitest';
import {
  addCompetitor,
  addDecisionCriterion,
  addDoNothing,
  addMetric,
  addProcessStep,
  clearChampionTest,
  forgetConfirmations,
  moveProcessStep,
  nextItemId,
  removeCompetitor,
  removeDecisionCriterion,
  removeMetric,
  removeProcessStep,
  setDealLens,
  setProcessConfirmedBy,
  updateBudget,
  updateChampionTest,
  updateCompetitor,
  updateDecisionCriterion,
  updateMetric,
  updatePain,
  updateProcessStep,
  updateTimeframe,
} from '../../../shared/edits/qualification-edits';
import type { Deal } from '../../../shared/model/deal-schema';
import { validateDeal } from '../../../shared/model/validation';
import { deleteStakeholder } from '../../../shared/edits/buying-center-edits';
import { buildHealthyDeal } from '../../support/deal-builder';

/** Eva Berg (CFO, decision-maker) and Anders Holm: the builder's healthy deal, nothing qualified yet. */
const deal = (overrides: Partial<Deal> = {}) => buildHealthyDeal(overrides);

function expectValid(next: Deal): void {
  const result = validateDeal(JSON.parse(JSON.stringify(next)));
  expect(result.ok ? [] : result.issues).toEqual([]);
}

describe('the lens override', () => {
  it('sets a lens and removes it again, leaving no field in the file', () => {
    const start = deal();
    const meddpicc = setDealLens(start, 'meddpicc');
    expect(meddpicc.lens).toBe('meddpicc');
    expect(start.lens).toBeUndefined();
    const back = setDealLens(meddpicc, null);
    expect('lens' in back).toBe(false);
    expectValid(back);
  });

  it('answers the same deal when the lens is already that one', () => {
    const meddpicc = setDealLens(deal(), 'meddpicc');
    expect(setDealLens(meddpicc, 'meddpicc')).toBe(meddpicc);
    const none = deal();
    expect(setDealLens(none, null)).toBe(none);
  });
});

describe('budget, timeframe and pain', () => {
  it('patch each field, confirmed by a stakeholder of the deal', () => {
    let next = updateBudget(deal(), { amount: 500_000, confirmedBy: 'eva' });
    next = updateTimeframe(next, { event: 'Auditors arrive', date: '2027-03-01' });
    next = updatePain(next, { text: 'Month-end close takes nine days', confirmedBy: 'anders' });
    expect(next.budget).toEqual({ amount: 500_000, confirmedBy: 'eva', note: '' });
    expect(next.timeframe).toEqual({ event: 'Auditors arrive', date: '2027-03-01', confirmedBy: null });
    expect(next.pain).toEqual({ text: 'Month-end close takes nine days', confirmedBy: 'anders' });
    expectValid(next);
  });

  it('answer the same deal when nothing changes', () => {
    const start = updateBudget(deal(), { amount: 10 });
    expect(updateBudget(start, { amount: 10 })).toBe(start);
    expect(updateTimeframe(start, { date: null })).toBe(start);
    expect(updatePain(start, { text: '' })).toBe(start);
  });
});

describe('metrics and decision criteria', () => {
  it('add with fresh ids, edit and remove metrics', () => {
    let next = addMetric(addMetric(deal()));
    expect(next.metrics.map((m) => m.id)).toEqual(['m1', 'm2']);
    next = updateMetric(next, 'm2', { text: 'Days to close the books', baseline: 9, target: 3, unit: 'days', confirmedBy: 'eva' });
    expect(next.metrics[1]).toEqual({
      id: 'm2',
      text: 'Days to close the books',
      baseline: 9,
      target: 3,
      unit: 'days',
      confirmedBy: 'eva',
    });
    expectValid(next);
    next = removeMetric(next, 'm1');
    expect(next.metrics.map((m) => m.id)).toEqual(['m2']);
    // The next id skips the one still taken.
    expect(addMetric(next).metrics.map((m) => m.id)).toEqual(['m2', 'm3']);
  });

  it('never change an id through a patch, and ignore unknown ids', () => {
    const start = addMetric(deal());
    expect(updateMetric(start, 'm1', { text: '' })).toBe(start);
    expect(updateMetric(start, 'nope', { text: 'x' })).toBe(start);
    expect(removeMetric(start, 'nope')).toBe(start);
  });

  it('add, edit and remove decision criteria', () => {
    let next = addDecisionCriterion(deal(), { text: 'Runs on our Azure tenant' });
    next = updateDecisionCriterion(next, 'c1', { confirmedBy: 'anders' });
    expect(next.decisionCriteria).toEqual([{ id: 'c1', text: 'Runs on our Azure tenant', confirmedBy: 'anders' }]);
    expectValid(next);
    expect(updateDecisionCriterion(next, 'c1', { confirmedBy: 'anders' })).toBe(next);
    expect(removeDecisionCriterion(next, 'c1').decisionCriteria).toEqual([]);
  });
});

describe('decision and paper process', () => {
  const withSteps = () =>
    ['Demo', 'Steering committee', 'Board'].reduce(
      (current, text) => addProcessStep(current, 'decisionProcess', { text }),
      deal(),
    );

  it('add dated steps, tick them done and remove them, each process on its own', () => {
    let next = withSteps();
    next = updateProcessStep(next, 'decisionProcess', 's2', { date: '2027-01-15', done: true });
    next = addProcessStep(next, 'paperProcess', { text: 'Legal review' });
    expect(next.decisionProcess.steps[1]).toEqual({ id: 's2', text: 'Steering committee', date: '2027-01-15', done: true });
    expect(next.paperProcess.steps).toEqual([{ id: 's1', text: 'Legal review', date: null, done: false }]);
    expectValid(next);
    next = removeProcessStep(next, 'decisionProcess', 's1');
    expect(next.decisionProcess.steps.map((s) => s.text)).toEqual(['Steering committee', 'Board']);
  });

  it('reorder steps up and down, and leave the ends where they are', () => {
    const start = withSteps();
    const moved = moveProcessStep(start, 'decisionProcess', 's3', -1);
    expect(moved.decisionProcess.steps.map((s) => s.id)).toEqual(['s1', 's3', 's2']);
    expect(moveProcessStep(moved, 'decisionProcess', 's1', 1).decisionProcess.steps.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    expect(moveProcessStep(start, 'decisionProcess', 's1', -1)).toBe(start);
    expect(moveProcessStep(start, 'decisionProcess', 's3', 1)).toBe(start);
    expect(moveProcessStep(start, 'decisionProcess', 'nope', 1)).toBe(start);
    expect(start.decisionProcess.steps.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });

  it('record who confirmed a process', () => {
    const next = setProcessConfirmedBy(deal(), 'paperProcess', 'eva');
    expect(next.paperProcess.confirmedBy).toBe('eva');
    expect(next.decisionProcess.confirmedBy).toBeNull();
    expect(setProcessConfirmedBy(next, 'paperProcess', 'eva')).toBe(next);
  });
});

describe('competition', () => {
  it('adds "Do nothing" once, and other competitors as vendors by default', () => {
    let next = addDoNothing(deal());
    expect(addDoNothing(next)).toBe(next);
    next = addCompetitor(next, { name: 'Globex ERP' });
    expect(next.competition).toEqual([
      { id: 'k1', name: 'Do nothing', kind: 'do-nothing', note: '' },
      { id: 'k2', name: 'Globex ERP', kind: 'vendor', note: '' },
    ]);
    next = updateCompetitor(next, 'k2', { kind: 'in-house', note: 'Their own IT team' });
    expect(next.competition[1]).toMatchObject({ kind: 'in-house', note: 'Their own IT team' });
    expectValid(next);
    expect(removeCompetitor(next, 'k1').competition.map((k) => k.id)).toEqual(['k2']);
    expect(updateCompetitor(next, 'k2', { kind: 'in-house' })).toBe(next);
  });
});

describe('the champion test', () => {
  it('starts a test from nothing ticked, records it and clears it back to untested', () => {
    let next = updateChampionTest(deal(), 'anders', { power: true });
    expect(next.stakeholders.find((s) => s.id === 'anders')?.championTest).toEqual({
      power: true,
      influence: false,
      personalStake: '',
    });
    next = updateChampionTest(next, 'anders', { personalStake: 'Wants to lead the new finance platform' });
    expectValid(next);
    expect(updateChampionTest(next, 'anders', { power: true })).toBe(next);
    const cleared = clearChampionTest(next, 'anders');
    expect('championTest' in (cleared.stakeholders.find((s) => s.id === 'anders') ?? {})).toBe(false);
    expect(clearChampionTest(cleared, 'anders')).toBe(cleared);
    expect(updateChampionTest(next, 'nobody', { power: true })).toBe(next);
  });
});

describe('nextItemId', () => {
  it('takes the first number past the count that is free', () => {
    expect(nextItemId('m', [])).toBe('m1');
    expect(nextItemId('m', [{ id: 'm2' }])).toBe('m3');
    expect(nextItemId('s', [{ id: 's2' }, { id: 's3' }])).toBe('s4');
    expect(nextItemId('s', [{ id: 's3' }, { id: 'x' }])).toBe('s4');
  });
});

describe('forgetConfirmations', () => {
  it('clears every confirmation by a deleted stakeholder, so the deal stays a valid file', () => {
    let start = updatePain(deal(), { text: 'Nine-day close', confirmedBy: 'eva' });
    start = updateBudget(start, { amount: 1, confirmedBy: 'anders' });
    start = setProcessConfirmedBy(start, 'paperProcess', 'eva');
    start = addMetric(start, { text: 'Days', confirmedBy: 'eva' });
    start = addDecisionCriterion(start, { text: 'Azure', confirmedBy: 'eva' });
    const next = forgetConfirmations(deleteStakeholder(start, 'eva'), ['eva']);
    expect([next.pain, next.paperProcess, next.metrics[0], next.decisionCriteria[0]].map((item) => item?.confirmedBy)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(next.budget.confirmedBy).toBe('anders');
    expectValid(next);
    expect(forgetConfirmations(next, ['eva'])).toBe(next);
  });
});
