// The lenses' own candidates on built deals: each appears when its criterion needs it and raises what it claims.
import { describe, expect, it } from 'vitest';
import { englishAction } from '../../support/english-actions';
import { inEnglish } from '../../support/english-gaps';
import type { CandidateContext } from '../../../shared/actions/action-types';
import {
  COMPETITOR_NOTE_PLACEHOLDER,
  DECISION_CRITERION_PLACEHOLDER,
  DECISION_STEP_PLACEHOLDER,
  METRIC_PLACEHOLDER,
  PAIN_PLACEHOLDER,
  PAPER_STEP_PLACEHOLDER,
  PERSONAL_STAKE_PLACEHOLDER,
  TIMEFRAME_EVENT_PLACEHOLDER,
  type LensCandidate,
} from '../../../shared/actions/lens-candidate-kit';
import { lensCandidates } from '../../../shared/actions/lens-candidates';
import { rankDealActions } from '../../../shared/actions/rank-deal-actions';
import { collectDealFacts } from '../../../shared/engine/deal-facts';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { CRITERION_STATUSES, scoreLens, type CriterionStatus } from '../../../shared/lenses';
import type { Deal, LensId } from '../../../shared/model/deal-schema';
import { livePlaceholders } from '../../../shared/model/placeholders';
import { simulateMoves } from '../../../shared/whatif/simulate-moves';
import { stakeholder, TEST_AS_OF, withStakeholder } from '../../support/deal-builder';
import { buildFullyQualifiedDeal, competitor, metric, processStep } from '../../support/lens-builders';
import { deepFreeze } from '../whatif/deep-freeze';

const options = { asOf: TEST_AS_OF };

function candidatesOf(deal: Deal, lens: LensId): LensCandidate[] {
  const context: CandidateContext = {
    deal,
    facts: collectDealFacts(deal),
    qualification: qualifyDeal(deal, options),
    asOf: TEST_AS_OF,
    singleThreadMinEngaged: 2,
  };
  return lensCandidates(context, scoreLens(deal, lens, options));
}

function statusOf(deal: Deal, lens: LensId, code: string, placeholdersAsAnswered = false): CriterionStatus {
  const status = scoreLens(deal, lens, { ...options, placeholdersAsAnswered }).criteria.find((criterion) => criterion.code === code)?.status;
  if (status === undefined) throw new Error(`no criterion ${code} in ${lens}`);
  return status;
}

const rank = (status: CriterionStatus) => CRITERION_STATUSES.indexOf(status);
const full = (lens: LensId, overrides: Partial<Deal> = {}) => buildFullyQualifiedDeal({ lens, ...overrides });

/** Eva Berg a supporter never tested; Karin Holm (Controller) the champion, not tested either. */
function withKarinAsChampion(): Deal {
  const deal = withStakeholder(full('meddpicc'), 'eva', { stance: 'supporter', championTest: undefined });
  const karin = stakeholder({ id: 'karin', name: 'Karin Holm', title: 'Controller', stance: 'champion', influence: 4, interest: 'discussing-benefits' });
  return { ...deal, stakeholders: [...deal.stakeholders, karin] };
}

/** [lens, criterion, status before, the built deal, the candidate's title]. */
const CASES: readonly (readonly [LensId, string, CriterionStatus, Deal, string])[] = [
  ['bant', 'budget', 'missing', full('bant', { budget: { amount: null, confirmedBy: null, note: '' } }), 'Ask Eva Berg (CFO) what budget Northwind AB has set aside'],
  ['bant', 'budget', 'identified', full('bant', { budget: { amount: 500000, confirmedBy: null, note: '' } }), 'Have Eva Berg (CFO) confirm the budget of 500,000 SEK'],
  ['bant', 'authority', 'identified', withStakeholder(full('bant'), 'eva', { interest: 'general-info' }), 'Discuss with Eva Berg (CFO) what the purchase would change for them'],
  ['bant', 'timeframe', 'missing', full('bant', { timeframe: { event: '', date: null, confirmedBy: null } }), 'Ask Eva Berg (CFO) by when Northwind AB must have this in place'],
  ['bant', 'timeframe', 'identified', full('bant', { timeframe: { event: 'Auditors arrive', date: '2027-03-01', confirmedBy: null } }), 'Have Eva Berg (CFO) confirm the timeframe: "Auditors arrive" on 2027-03-01'],
  ['bant', 'timeframe', 'identified', full('bant', { timeframe: { event: 'Auditors arrive', date: null, confirmedBy: 'eva' } }), 'Ask Eva Berg (CFO) for the date of "Auditors arrive"'],
  ['bant', 'timeframe', 'identified', full('bant', { timeframe: { event: 'Auditors arrive', date: '2026-10-01', confirmedBy: 'eva' } }), 'Agree a new date for "Auditors arrive" with Eva Berg (CFO)'],
  ['meddpicc', 'metrics', 'missing', full('meddpicc', { metrics: [] }), 'Agree with Eva Berg (CFO) on a number the purchase will move'],
  ['meddpicc', 'metrics', 'identified', full('meddpicc', { metrics: [metric({ id: 'm1', baseline: 9, target: 3 })] }), 'Have Eva Berg (CFO) confirm the metric "Days to close the books"'],
  ['meddpicc', 'economic-buyer', 'identified', withStakeholder(full('meddpicc'), 'eva', { lastContact: '2026-08-01' }), 'Meet Eva Berg (CFO) to hear what they need to see before signing'],
  ['meddpicc', 'decision-criteria', 'missing', full('meddpicc', { decisionCriteria: [] }), 'Ask Eva Berg (CFO) what the solution must do to be chosen'],
  ['meddpicc', 'decision-criteria', 'identified', full('meddpicc', { decisionCriteria: [{ id: 'c1', text: 'Runs on Azure', confirmedBy: null }] }), 'Have Eva Berg (CFO) confirm the criterion "Runs on Azure"'],
  ['meddpicc', 'decision-process', 'missing', full('meddpicc', { decisionProcess: { steps: [], confirmedBy: null } }), 'Map the decision process with Eva Berg (CFO): who decides what, and when'],
  ['meddpicc', 'decision-process', 'identified', full('meddpicc', { decisionProcess: { steps: [processStep({ id: 's1' })], confirmedBy: 'eva' } }), 'Date "Steering committee" with Eva Berg (CFO)'],
  ['meddpicc', 'decision-process', 'identified', full('meddpicc', { decisionProcess: { steps: [processStep({ id: 's1', date: '2027-01-15' })], confirmedBy: null } }), 'Have Eva Berg (CFO) confirm the decision process'],
  ['meddpicc', 'paper-process', 'missing', full('meddpicc', { paperProcess: { steps: [], confirmedBy: null } }), 'Map the paper process with procurement'],
  ['meddpicc', 'paper-process', 'identified', full('meddpicc', { paperProcess: { steps: [processStep({ id: 'p1', text: 'Legal review', date: '2026-11-01' })], confirmedBy: null } }), 'Date "Legal review" with Eva Berg (CFO), then have Eva Berg (CFO) confirm the paper process'],
  ['meddpicc', 'identified-pain', 'missing', full('meddpicc', { pain: { text: '', confirmedBy: null }, need: { confirmed: true, summary: '' } }), 'Ask Eva Berg (CFO) what the problem costs Northwind AB today'],
  ['meddpicc', 'identified-pain', 'identified', full('meddpicc', { pain: { text: 'Month-end close takes nine days', confirmedBy: null } }), 'Have Eva Berg (CFO) confirm the pain: "Month-end close takes nine days"'],
  ['meddpicc', 'champion', 'missing', withStakeholder(withStakeholder(full('meddpicc'), 'eva', { stance: 'neutral' }), 'anders', { stance: 'neutral' }), 'Win Eva Berg (CFO) over as a supporter: show what they gain'],
  ['meddpicc', 'champion', 'identified', withKarinAsChampion(), 'Test Karin Holm as champion: power, influence, personal stake'],
  ['meddpicc', 'competition', 'missing', full('meddpicc', { competition: [] }), 'Name the competition, including doing nothing'],
  ['meddpicc', 'competition', 'identified', full('meddpicc', { competition: [competitor({ id: 'k1', name: 'Globex ERP' })] }), 'Add doing nothing as a competitor, and note how you win against "Globex ERP"'],
  ['meddpicc', 'competition', 'identified', full('meddpicc', { competition: [competitor({ id: 'k1', name: 'Do nothing', kind: 'do-nothing' })] }), 'Note how you win against "Do nothing"'],
];

describe('lens candidates', () => {
  it.each(CASES)('%s %s %s: appears, and raises the criterion it claims after simulateMoves', (lens, code, before, deal, title) => {
    expect(statusOf(deal, lens, code)).toBe(before);
    const candidate = candidatesOf(deal, lens).find((item) => item.raises.criterion === code);
    expect(candidate && inEnglish(candidate.title)).toBe(title);
    if (candidate === undefined) return;
    expect(rank(candidate.raises.to)).toBeGreaterThan(rank(before));
    const after = simulateMoves(deal, candidate.moves, options);
    expect(after.skipped).toEqual([]);
    // What the customer's answer would do; read strictly, a placeholder never validates.
    expect(rank(statusOf(after.deal, lens, code, true))).toBeGreaterThanOrEqual(rank(candidate.raises.to));
    const marked = livePlaceholders(after.deal).length > livePlaceholders(deal).length;
    if (marked) expect(statusOf(after.deal, lens, code)).not.toBe('validated');
    else expect(statusOf(after.deal, lens, code)).toBe(statusOf(after.deal, lens, code, true));
  });

  it('never copies our amount into the customer budget as a confirmed figure', () => {
    const missing = full('bant', { budget: { amount: null, confirmedBy: null, note: '' } });
    const noted = candidatesOf(missing, 'bant').find((item) => item.raises.criterion === 'budget');
    expect(noted?.moves).toEqual([{ kind: 'set-budget', amount: 480000, placeholders: ['amount'] }]);
    const tried = simulateMoves(missing, noted?.moves ?? [], options).deal;
    expect(tried.budget).toEqual({ amount: 480000, confirmedBy: null, note: '' });
    expect(livePlaceholders(tried)).toEqual([{ path: 'budget.amount', value: 480000 }]);
    // A budget short of our amount needs a new figure from the customer: no move writes one.
    for (const confirmedBy of [null, 'eva']) {
      const short = full('bant', { budget: { amount: 100000, confirmedBy, note: '' } });
      expect(candidatesOf(short, 'bant').map((item) => item.raises.criterion)).not.toContain('budget');
    }
  });

  it.each(CASES)('%s %s %s: the ranking has an action that raises it, with a why that says so', (lens, code, before, deal) => {
    const raising = rankDealActions(deal, options).find((action) => action.criteriaChanged.some((change) => change.code === code && rank(change.to) > rank(before)));
    expect(raising && inEnglish(raising.why)).toMatch(new RegExp(`[Rr]aises [A-Z][a-z ]+ from ${before} to (identified|validated)`));
  });

  it('says which criterion a lens action raises', () => {
    const deal = full('bant', { budget: { amount: 500000, confirmedBy: null, note: '' } });
    const action = rankDealActions(deal, options).find((item) => item.id === 'raise-budget:eva');
    expect(action && englishAction(action)).toMatchObject({ title: 'Have Eva Berg (CFO) confirm the budget of 500,000 SEK', why: 'Raises Budget from identified to validated', criteriaGain: 1 });
    expect(action?.criteriaChanged).toEqual([{ lens: 'bant', code: 'budget', label: 'Budget', from: 'identified', to: 'validated' }]);
  });

  it('suggests nothing for a deal whose every criterion is validated, in every lens', () => {
    for (const lens of ['qualified-prospect', 'bant', 'meddpicc'] as const) expect(candidatesOf(full(lens), lens)).toEqual([]);
  });

  it('never makes up numbers: a metric without a baseline and target gets no candidate', () => {
    const deal = full('meddpicc', { metrics: [metric({ id: 'm1' })] });
    expect(statusOf(deal, 'meddpicc', 'metrics')).toBe('identified');
    expect(candidatesOf(deal, 'meddpicc').map((item) => item.raises.criterion)).not.toContain('metrics');
  });

  it('asks procurement for the paper process when a buyer is on the map', () => {
    const base = full('meddpicc', { paperProcess: { steps: [], confirmedBy: null } });
    const deal = { ...base, stakeholders: [...base.stakeholders, stakeholder({ id: 'lena', name: 'Lena Ek', title: 'Procurement', role: 'buyer' })] };
    const paper = candidatesOf(deal, 'meddpicc').find((item) => item.raises.criterion === 'paper-process');
    expect(paper && inEnglish(paper.title)).toBe('Map the paper process with Lena Ek (Procurement)');
  });

  it('writes placeholders nobody mistakes for facts', () => {
    const placeholders = [
      METRIC_PLACEHOLDER,
      DECISION_CRITERION_PLACEHOLDER,
      PAIN_PLACEHOLDER,
      TIMEFRAME_EVENT_PLACEHOLDER,
      DECISION_STEP_PLACEHOLDER,
      PAPER_STEP_PLACEHOLDER,
      COMPETITOR_NOTE_PLACEHOLDER,
      PERSONAL_STAKE_PLACEHOLDER,
    ];
    for (const text of placeholders) expect(text).toMatch(/to be /);
    const empty = full('meddpicc', { metrics: [], decisionCriteria: [], pain: { text: '', confirmedBy: null }, need: { confirmed: true, summary: '' } });
    const written = JSON.stringify(candidatesOf(empty, 'meddpicc').flatMap((item) => item.moves));
    expect(written).toContain(METRIC_PLACEHOLDER);
    expect(written).toContain(DECISION_CRITERION_PLACEHOLDER);
    expect(written).toContain(PAIN_PLACEHOLDER);
  });

  it('is deterministic and leaves the deal alone', () => {
    for (const [lens, , , deal] of CASES) {
      const copy = structuredClone(deal);
      const first = candidatesOf(deepFreeze(structuredClone(deal)), lens);
      expect(candidatesOf(structuredClone(deal), lens)).toEqual(first);
      expect(deal).toEqual(copy);
      expect(new Set(first.map((item) => item.id)).size).toBe(first.length);
    }
  });

  it('names nobody it cannot find: on an empty map the candidates ask "your contact"', () => {
    const deal = full('bant', {
      stakeholders: [],
      relations: [],
      budget: { amount: null, confirmedBy: null, note: '' },
      timeframe: { event: '', date: null, confirmedBy: null },
    });
    const titles = candidatesOf(deal, 'bant').map((item) => inEnglish(item.title));
    expect(titles).toEqual(['Ask your contact what budget Northwind AB has set aside', 'Ask your contact by when Northwind AB must have this in place']);
  });
});
