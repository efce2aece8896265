// Deal file v2: the new fields' defaults, their rules with the messages and paths a user sees.
import { describe, expect, it } from 'vitest';
import { DEAL_SCHEMA_VERSION, type Deal } from '../../../shared/model/deal-schema';
import { newDeal } from '../../../shared/model/new-deal';
import { validateDeal, type FieldIssue } from '../../../shared/model/validation';
import {
  buildHealthyDeal,
  championTest,
  competitor,
  decisionCriterion,
  metric,
  processStep,
  withBudget,
  withStakeholder,
} from '../../support/deal-builder';

/** The healthy deal as a file would hold it, with `changes` on top; unknown keys allowed. */
function file(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...buildHealthyDeal(), ...changes };
}

function issuesOf(value: unknown): readonly FieldIssue[] {
  const result = validateDeal(value);
  if (result.ok) throw new Error('expected the deal to be refused');
  // The English words and paths; the reason as a message is tested in field-issue-reason.test.ts.
  return result.issues.map(({ path, message }) => ({ path, message }));
}

function parsed(value: unknown): Deal {
  const result = validateDeal(value);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.deal;
}

const NEW_FIELDS = new Set(['pain', 'budget', 'timeframe', 'metrics', 'decisionCriteria', 'decisionProcess', 'paperProcess', 'competition']);
/** The healthy deal as a v2 file written by hand, without any of the new fields. */
const MINIMAL_V2 = Object.fromEntries(Object.entries(buildHealthyDeal()).filter(([key]) => !NEW_FIELDS.has(key)));

describe('deal file v2', () => {
  it('is version 2, and newDeal writes it with every new field at its default and no lens', () => {
    expect(DEAL_SCHEMA_VERSION).toBe(2);
    const deal = newDeal({ id: 'acme', name: 'Acme', account: 'Acme AB', updatedAt: '2026-11-20T10:00:00.000Z' });
    expect(deal).toMatchObject({
      schemaVersion: 2,
      pain: { text: '', confirmedBy: null },
      budget: { amount: null, confirmedBy: null, note: '' },
      timeframe: { event: '', date: null, confirmedBy: null },
      metrics: [],
      decisionCriteria: [],
      decisionProcess: { steps: [], confirmedBy: null },
      paperProcess: { steps: [], confirmedBy: null },
      competition: [],
    });
    expect('lens' in deal).toBe(false);
    expect(parsed(deal)).toEqual(deal);
  });

  it('fills every new field when the file leaves it out, each with its own objects', () => {
    const first = parsed(MINIMAL_V2);
    const second = parsed(MINIMAL_V2);
    expect(first).toEqual(buildHealthyDeal());
    expect(first.metrics).not.toBe(second.metrics);
    expect(first.budget).not.toBe(second.budget);
  });

  it('fills the fields an object leaves out', () => {
    const deal = parsed(
      file({
        budget: { amount: 250000 },
        timeframe: { event: 'Auditors arrive' },
        metrics: [{ id: 'm1', text: 'Days to close' }],
        decisionProcess: { steps: [{ id: 's1', text: 'Steering committee' }] },
        competition: [{ id: 'k1', name: 'SAP' }],
        stakeholders: [{ ...buildHealthyDeal().stakeholders[0], championTest: { power: true, influence: false } }],
        relations: [],
      }),
    );
    expect(deal.budget).toEqual({ amount: 250000, confirmedBy: null, note: '' });
    expect(deal.timeframe).toEqual({ event: 'Auditors arrive', date: null, confirmedBy: null });
    expect(deal.metrics).toEqual([{ id: 'm1', text: 'Days to close', baseline: null, target: null, unit: '', confirmedBy: null }]);
    expect(deal.decisionProcess).toEqual({ steps: [{ id: 's1', text: 'Steering committee', date: null, done: false }], confirmedBy: null });
    expect(deal.competition).toEqual([{ id: 'k1', name: 'SAP', kind: 'vendor', note: '' }]);
    expect(deal.stakeholders[0]?.championTest).toEqual({ power: true, influence: false, personalStake: '' });
  });

  it('accepts every new field filled in', () => {
    const deal = withStakeholder(
      withBudget(
        buildHealthyDeal({
          lens: 'bant',
          pain: { text: 'Nine-day close', confirmedBy: 'eva' },
          timeframe: { event: 'Audit', date: '2027-03-01', confirmedBy: 'anders' },
          metrics: [metric({ id: 'm1', confirmedBy: 'eva' }), metric({ id: 'm2', baseline: null, target: null, unit: '' })],
          decisionCriteria: [decisionCriterion({ id: 'c1', confirmedBy: 'anders' })],
          decisionProcess: { steps: [processStep({ id: 's1', date: '2027-01-15', done: true })], confirmedBy: 'eva' },
          paperProcess: { steps: [processStep({ id: 'p1', text: 'Legal review' })], confirmedBy: null },
          competition: [competitor({ id: 'k1', name: 'Do nothing', kind: 'do-nothing' }), competitor({ id: 'k2', kind: 'in-house' })],
        }),
        { amount: 500000, confirmedBy: 'eva', note: 'In the 2027 budget' },
      ),
      'anders',
      { championTest: championTest() },
    );
    expect(parsed(deal)).toEqual(deal);
  });

  it.each([
    ['lens', { lens: 'spin' }, 'lens', 'expected one of qualified-prospect, bant, meddpicc'],
    ['budget amount', { budget: { amount: -1 } }, 'budget.amount', 'expected a number >= 0 or null'],
    ['budget amount as text', { budget: { amount: '500k' } }, 'budget.amount', 'expected a number >= 0 or null'],
    ['budget note', { budget: { note: 5 } }, 'budget.note', 'expected a text'],
    ['timeframe date', { timeframe: { date: '2027-02-30' } }, 'timeframe.date', 'expected a date as YYYY-MM-DD'],
    ['pain text', { pain: { text: null } }, 'pain.text', 'expected a text'],
    ['a confirmedBy that is no id', { pain: { confirmedBy: '' } }, 'pain.confirmedBy', 'expected a stakeholder id or null'],
    ['a metric without id', { metrics: [{ text: 'x' }] }, 'metrics[0].id', expect.stringContaining('expected string')],
    ['a metric baseline', { metrics: [metric({ id: 'm1', baseline: '9' as never })] }, 'metrics[0].baseline', 'expected a number or null'],
    ['a metric target', { metrics: [metric({ id: 'm1', target: '3' as never })] }, 'metrics[0].target', 'expected a number or null'],
    ['a metric unit', { metrics: [metric({ id: 'm1', unit: null as never })] }, 'metrics[0].unit', 'expected a text'],
    ['a criterion text', { decisionCriteria: [{ id: 'c1' }] }, 'decisionCriteria[0].text', 'expected a text'],
    [
      'a step date',
      { paperProcess: { steps: [processStep({ id: 'p1', date: 'soon' })] } },
      'paperProcess.steps[0].date',
      'expected a date as YYYY-MM-DD',
    ],
    [
      'a step done',
      { decisionProcess: { steps: [processStep({ id: 's1', done: 'yes' as never })] } },
      'decisionProcess.steps[0].done',
      'expected true or false',
    ],
    ['process steps', { decisionProcess: { steps: {} } }, 'decisionProcess.steps', expect.stringContaining('expected array')],
    [
      'a competitor kind',
      { competition: [competitor({ id: 'k1', kind: 'partner' as never })] },
      'competition[0].kind',
      'expected one of vendor, in-house, do-nothing',
    ],
    ['a competitor name', { competition: [{ id: 'k1' }] }, 'competition[0].name', 'expected a text'],
    [
      'a champion test without power',
      { stakeholders: [{ ...buildHealthyDeal().stakeholders[0], championTest: { influence: true } }], relations: [] },
      'stakeholders[0].championTest.power',
      'expected true or false',
    ],
    [
      'a champion test personal stake',
      { stakeholders: [{ ...buildHealthyDeal().stakeholders[0], championTest: championTest({ personalStake: 3 as never }) }], relations: [] },
      'stakeholders[0].championTest.personalStake',
      'expected a text',
    ],
  ])('refuses %s, naming the field', (_case, changes, path, message) => {
    expect(issuesOf(file(changes))).toEqual([{ path, message }]);
  });

  it.each([
    ['metric', { metrics: [metric({ id: 'm1' }), metric({ id: 'm1' })] }, 'metrics[1].id', 'duplicate metric id "m1"'],
    [
      'decision criterion',
      { decisionCriteria: [decisionCriterion({ id: 'c1' }), decisionCriterion({ id: 'c1' })] },
      'decisionCriteria[1].id',
      'duplicate decision criterion id "c1"',
    ],
    [
      'decision process step',
      { decisionProcess: { steps: [processStep({ id: 's1' }), processStep({ id: 's1' })], confirmedBy: null } },
      'decisionProcess.steps[1].id',
      'duplicate step id "s1"',
    ],
    [
      'paper process step',
      { paperProcess: { steps: [processStep({ id: 'p' }), processStep({ id: 'q' }), processStep({ id: 'p' })], confirmedBy: null } },
      'paperProcess.steps[2].id',
      'duplicate step id "p"',
    ],
    ['competitor', { competition: [competitor({ id: 'k1' }), competitor({ id: 'k1' })] }, 'competition[1].id', 'duplicate competitor id "k1"'],
  ])('refuses a duplicate %s id', (_case, changes, path, message) => {
    expect(issuesOf(file(changes))).toEqual([{ path, message }]);
  });

  it('allows the same id in different lists: a step of each process may be "s1"', () => {
    const step = processStep({ id: 's1' });
    expect(validateDeal(file({ decisionProcess: { steps: [step], confirmedBy: null }, paperProcess: { steps: [step], confirmedBy: null } })).ok).toBe(true);
  });
});

describe('confirmedBy', () => {
  const message = 'expected the id of a stakeholder of this deal, got "olof"';

  it.each([
    ['pain', { pain: { text: 'x', confirmedBy: 'olof' } }, 'pain.confirmedBy'],
    ['budget', { budget: { amount: 1, confirmedBy: 'olof', note: '' } }, 'budget.confirmedBy'],
    ['timeframe', { timeframe: { event: 'x', date: null, confirmedBy: 'olof' } }, 'timeframe.confirmedBy'],
    ['a metric', { metrics: [metric({ id: 'm1', confirmedBy: 'eva' }), metric({ id: 'm2', confirmedBy: 'olof' })] }, 'metrics[1].confirmedBy'],
    ['a decision criterion', { decisionCriteria: [decisionCriterion({ id: 'c1', confirmedBy: 'olof' })] }, 'decisionCriteria[0].confirmedBy'],
    ['the decision process', { decisionProcess: { steps: [], confirmedBy: 'olof' } }, 'decisionProcess.confirmedBy'],
    ['the paper process', { paperProcess: { steps: [], confirmedBy: 'olof' } }, 'paperProcess.confirmedBy'],
  ])('on %s must name a stakeholder of the deal', (_case, changes, path) => {
    expect(issuesOf(file(changes))).toEqual([{ path, message }]);
  });

  it('reports every unknown one, and accepts the deal once they name stakeholders', () => {
    const broken = file({ pain: { text: '', confirmedBy: 'x' }, budget: { amount: null, confirmedBy: 'y', note: '' } });
    expect(issuesOf(broken).map((issue) => issue.path)).toEqual(['pain.confirmedBy', 'budget.confirmedBy']);
    const fixed = file({ pain: { text: '', confirmedBy: 'eva' }, budget: { amount: null, confirmedBy: 'anders', note: '' } });
    expect(validateDeal(fixed).ok).toBe(true);
  });
});

describe('fields v2 does not know', () => {
  it('survive at every level, new objects included', () => {
    const raw = file({
      crmId: 'SF-1',
      pain: { text: '', confirmedBy: null, severity: 'high' },
      budget: { amount: null, confirmedBy: null, note: '', fiscalYear: 2027 },
      timeframe: { event: '', date: null, confirmedBy: null, hard: true },
      metrics: [{ ...metric({ id: 'm1' }), source: 'board pack' }],
      decisionCriteria: [{ ...decisionCriterion({ id: 'c1' }), weight: 3 }],
      decisionProcess: { steps: [{ ...processStep({ id: 's1' }), owner: 'eva' }], confirmedBy: null, url: 'x' },
      paperProcess: { steps: [], confirmedBy: null, legalEntity: 'AB' },
      competition: [{ ...competitor({ id: 'k1' }), threat: 'low' }],
      stakeholders: buildHealthyDeal().stakeholders.map((person) => ({
        ...person,
        championTest: { ...championTest(), testedOn: '2026-11-01' },
      })),
    });
    expect(parsed(raw)).toEqual(raw);
  });
});
