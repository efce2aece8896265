// The readable report: the ledger, then per deal the compact scorecard, weakest link and top three actions.
import { describe, expect, it } from 'vitest';
import type { ReportedAction, ReportedCriterion, ReportedDeal } from '../../../electron/cli/collect-report';
import { formatReportTable } from '../../../electron/cli/format-report-table';
import { formatAction, formatScorecardLine } from '../../../electron/cli/format-scorecard';
import { LENSES, type CriterionStatus } from '../../../shared/lenses';
import type { LensId } from '../../../shared/model/deal-schema';

function criteria(lens: LensId, statuses: readonly CriterionStatus[]): ReportedCriterion[] {
  return LENSES[lens].criteria.map(({ code, label }, index) => {
    const status = statuses[index] ?? 'validated';
    return { code, label, status, evidence: [], nextStep: status === 'validated' ? null : { id: 'lens-evidence.raise', values: {}, text: `Raise ${label}.` } };
  });
}

function action(id: string, blockersCleared: number, scoreGain: number): ReportedAction {
  return { id, title: { id: 'actions.test', values: {}, text: `Do ${id}` }, blockersCleared, scoreGain };
}

const acme: ReportedDeal = {
  id: 'acme-erp',
  name: 'ERP replacement',
  forecastCategory: 'commit',
  stage: 'prospect',
  score: 45,
  gaps: [{ code: 'saboteur-unchecked', severity: 'blocker', message: { id: 'x', values: {}, text: 'x' }, nextAction: { id: 'y', values: {}, text: 'y' }, stakeholderIds: [], questions: [] }],
  lens: 'meddpicc',
  criteria: criteria('meddpicc', ['validated', 'identified', 'missing', 'missing', 'missing', 'validated', 'identified', 'missing']),
  weakestLink: { code: 'decision-criteria', label: 'Decision criteria' },
  actions: [action('a', 1, 12), action('b', 0, 10), action('c', 2, 0), action('d', 0, 3), action('e', 0, 1)],
  placeholders: 0,
  toBeConfirmed: [],
};

const northwind: ReportedDeal = {
  id: 'northwind',
  name: 'Store analytics pilot',
  forecastCategory: null,
  stage: 'qualified',
  score: 100,
  gaps: [],
  lens: 'bant',
  criteria: criteria('bant', []),
  weakestLink: null,
  actions: [],
  placeholders: 0,
  toBeConfirmed: [],
};

describe('formatReportTable', () => {
  it('prints the aligned ledger first, unchanged', () => {
    const [ledger] = formatReportTable({ deals: [acme, northwind], topActions: [], errors: [] }).split('\n\n');
    expect(ledger?.split('\n')).toEqual([
      'Deal                   Stage      Score  Blockers  Warnings',
      'ERP replacement        prospect      45         1         0',
      'Store analytics pilot  qualified    100         0         0',
    ]);
  });

  it('shows each deal with its compact scorecard, weakest link and top three actions', () => {
    const text = formatReportTable({ deals: [acme, northwind], topActions: [], errors: [] });
    expect(text).toContain(
      [
        'ERP replacement',
        '  MEDDPICC  M✓ E~ D· D· P· I✓ C~ C·',
        '  Weakest link: Decision criteria (missing). Raise Decision criteria.',
        '  Next actions:',
        '    1. Do a: clears 1 blocker, score +12',
        '    2. Do b: score +10',
        '    3. Do c: clears 2 blockers',
        '',
        'Store analytics pilot',
        '  BANT  B✓ A✓ N✓ T✓',
        '  Weakest link: none, every criterion is validated',
        '  Next actions: none',
      ].join('\n'),
    );
    expect(text).not.toContain('Do d');
  });

  it('lists what is still to be confirmed under the weakest link', () => {
    const marked = { ...northwind, placeholders: 1, toBeConfirmed: [{ id: 'lens-evidence.placeholder.value', values: {}, text: 'the budget amount is "480000", a placeholder until someone at Northwind AB answers' }] };
    const text = formatReportTable({ deals: [marked], topActions: [], errors: [] });
    expect(text).toContain(
      '  Weakest link: none, every criterion is validated\n  To be confirmed: the budget amount is "480000", a placeholder until someone at Northwind AB answers.\n',
    );
  });

  it('ends with a legend of the marks and of the letters of the lenses used', () => {
    const lines = formatReportTable({ deals: [northwind], topActions: [], errors: [] }).trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual([
      'Scorecard: ✓ validated, ~ identified, · missing.',
      'BANT: B Budget, A Authority, N Need, T Timeframe.',
    ]);
    expect(lines.join('\n')).not.toContain('MEDDPICC');
  });
});

describe('formatScorecardLine and formatAction', () => {
  it('spells the qualified-prospect lens by its label and letters', () => {
    const deal = { lens: 'qualified-prospect' as const, criteria: criteria('qualified-prospect', ['missing', 'identified']) };
    expect(formatScorecardLine(deal)).toBe('Qualified prospect  N· I~ D✓ S✓ V✓ R✓');
  });

  it('says what an action gains, and only the title when the gain is lens progress alone', () => {
    expect(formatAction(action('x', 0, -2))).toBe('Do x: score -2');
    expect(formatAction(action('y', 0, 0))).toBe('Do y');
  });
});
