// MEDDPICC's eight criteria, each shown missing, identified and validated on built deals.
import { describe, expect, it } from 'vitest';
import type { Deal } from '../../../shared/model/deal-schema';
import { stakeholder, TEST_AS_OF, withStakeholder } from '../../support/deal-builder';
import { competitor, buildFullyQualifiedDeal, decisionCriterion, metric, passingChampionTest, processStep } from '../../support/lens-builders';
import { criterionOf, evidenceTexts } from './lens-test-helpers';

const full = buildFullyQualifiedDeal();
const of = (deal: Deal, code: string) => criterionOf(deal, 'meddpicc', code);

describe('MEDDPICC lens: metrics', () => {
  it('is validated when every metric has a baseline and a target the customer confirmed', () => {
    expect(of(full, 'metrics').evidence).toEqual([
      { text: 'Eva Berg (CFO) confirmed "Days to close the books": from 9 to 3 days.', stakeholderIds: ['eva'] },
    ]);
  });

  it('is identified when a metric lacks numbers or a confirmation', () => {
    const unconfirmed = of({ ...full, metrics: [...full.metrics, metric({ id: 'm2', text: 'Invoices per clerk', baseline: 40, target: 90 })] }, 'metrics');
    expect(unconfirmed.status).toBe('identified');
    expect(evidenceTexts(unconfirmed)[1]).toBe('"Invoices per clerk": from 40 to 90, not confirmed by the customer.');
    expect(unconfirmed.nextStep).toBe('Ask Eva Berg to confirm "Invoices per clerk": from 40 to 90.');
    const noNumbers = of({ ...full, metrics: [metric({ id: 'm1', confirmedBy: 'eva' })] }, 'metrics');
    expect(noNumbers.status).toBe('identified');
    expect(noNumbers.nextStep).toBe('Put today\'s value and a target on "Days to close the books" with Eva Berg.');
  });

  it('is missing without a metric', () => {
    expect(of({ ...full, metrics: [] }, 'metrics')).toMatchObject({ status: 'missing', evidence: [] });
  });
});

describe('MEDDPICC lens: economic buyer', () => {
  it('is validated by a decision-maker on our side, discussing benefits and recently met', () => {
    expect(of(full, 'economic-buyer').evidence).toEqual([
      {
        text: 'Eva Berg (CFO) signs off the purchase, is discussing the benefits and was last contacted on 2026-11-20.',
        stakeholderIds: ['eva'],
      },
    ]);
  });

  it('is identified when the decision-maker is out of touch, by the workspace threshold', () => {
    const stale = withStakeholder(full, 'eva', { lastContact: '2026-09-01' });
    const result = of(stale, 'economic-buyer');
    expect(result.status).toBe('identified');
    expect(evidenceTexts(result)).toEqual([
      'Eva Berg (CFO) signs off the purchase, is discussing the benefits, last contacted on 2026-09-01.',
    ]);
    expect(result.nextStep).toBe('Meet Eva Berg within 30 days to hear what they need to see before signing.');
    const lenient = criterionOf(stale, 'meddpicc', 'economic-buyer', { asOf: TEST_AS_OF, settings: { staleContactDays: 90 } });
    expect(lenient.status).toBe('validated');
  });

  it('is identified when the decision-maker only wants general information', () => {
    expect(of(withStakeholder(full, 'eva', { interest: 'general-info' }), 'economic-buyer').status).toBe('identified');
  });

  it('is missing without a decision-maker', () => {
    const result = of(withStakeholder(full, 'eva', { role: 'influencer' }), 'economic-buyer');
    expect(result.status).toBe('missing');
    expect(result.nextStep).toMatch(/^Ask Eva Berg who controls the budget/);
  });
});

describe('MEDDPICC lens: decision criteria', () => {
  it('is validated when the customer confirmed every criterion', () => {
    expect(evidenceTexts(of(full, 'decision-criteria'))).toEqual([
      'Eva Berg (CFO) confirmed the criterion "Runs on our Azure tenant".',
    ]);
  });

  it('is identified while some criterion is unconfirmed', () => {
    const criteria = [...full.decisionCriteria, decisionCriterion({ id: 'c2', text: 'Swedish payroll' }), decisionCriterion({ id: 'c3', text: 'SSO' })];
    const result = of({ ...full, decisionCriteria: criteria }, 'decision-criteria');
    expect(result.status).toBe('identified');
    expect(result.nextStep).toBe('Ask Eva Berg to confirm the criterion "Swedish payroll" and the 1 other unconfirmed criteria.');
  });

  it('is missing without criteria', () => {
    expect(of({ ...full, decisionCriteria: [] }, 'decision-criteria').status).toBe('missing');
  });
});

describe('MEDDPICC lens: decision process', () => {
  it('is validated when every step is dated, none overdue, and the customer confirmed it', () => {
    expect(of(full, 'decision-process').evidence).toEqual([
      { text: 'One step: "Steering committee" on 2027-01-15.', stakeholderIds: [] },
      { text: 'Eva Berg (CFO) confirmed the decision process.', stakeholderIds: ['eva'] },
    ]);
  });

  it('is identified with an undated step, without confirmation, or with an overdue step', () => {
    const steps = [...full.decisionProcess.steps, processStep({ id: 's2', text: 'Board approval' })];
    const undated = of({ ...full, decisionProcess: { steps, confirmedBy: 'eva' } }, 'decision-process');
    expect(undated.status).toBe('identified');
    expect(undated.nextStep).toBe('Put a date on "Board approval" with Eva Berg.');
    const unconfirmed = of({ ...full, decisionProcess: { ...full.decisionProcess, confirmedBy: null } }, 'decision-process');
    expect(unconfirmed.status).toBe('identified');
    expect(unconfirmed.nextStep).toBe('Walk Eva Berg through the decision process step by step and ask them to confirm it.');
    const overdue = of(
      { ...full, decisionProcess: { steps: [processStep({ id: 's1', date: '2026-11-15' })], confirmedBy: 'eva' } },
      'decision-process',
    );
    expect(overdue.status).toBe('identified');
    expect(evidenceTexts(overdue)).toContain('"Steering committee" was due on 2026-11-15 and is not done.');
    expect(overdue.nextStep).toBe('Ask Eva Berg where "Steering committee" stands and agree a new date.');
  });

  it('is missing without steps', () => {
    expect(of({ ...full, decisionProcess: { steps: [], confirmedBy: 'eva' } }, 'decision-process').status).toBe('missing');
  });
});

describe('MEDDPICC lens: paper process', () => {
  it('is validated with dated steps the customer confirmed; a done step may lie in the past', () => {
    expect(of(full, 'paper-process').status).toBe('validated');
  });

  it('is identified when unconfirmed, and asks the buyer (procurement) first', () => {
    const withBuyer = {
      ...full,
      paperProcess: { ...full.paperProcess, confirmedBy: null },
      stakeholders: [...full.stakeholders, stakeholder({ id: 'per', name: 'Per Lund', role: 'buyer' })],
    };
    const result = of(withBuyer, 'paper-process');
    expect(result.status).toBe('identified');
    expect(result.nextStep).toBe('Walk Per Lund through the paper process step by step and ask them to confirm it.');
  });

  it('is missing without steps', () => {
    const result = of({ ...full, paperProcess: { steps: [], confirmedBy: null } }, 'paper-process');
    expect(result.status).toBe('missing');
    expect(result.nextStep).toBe('Ask Eva Berg which steps the paper process at Northwind AB takes, who takes each and when.');
  });
});

describe('MEDDPICC lens: identified pain', () => {
  it('is validated when a stakeholder confirmed the pain', () => {
    expect(of(full, 'identified-pain').evidence).toEqual([
      { text: 'Anders Holm (IT manager) confirmed the pain: "Month-end close takes nine days".', stakeholderIds: ['anders'] },
    ]);
  });

  it("is identified when the pain, or else the need's summary, is written down unconfirmed", () => {
    const unconfirmed = of({ ...full, pain: { text: 'Nine-day close', confirmedBy: null } }, 'identified-pain');
    expect(unconfirmed.status).toBe('identified');
    expect(unconfirmed.nextStep).toBe('Ask Eva Berg whether "Nine-day close" is how they would put it, and what it costs them.');
    const fromNeed = of({ ...full, pain: { text: '', confirmedBy: null } }, 'identified-pain');
    expect(evidenceTexts(fromNeed)).toEqual([
      'The pain is noted, but nobody at Northwind AB has confirmed it: "Month-end close takes nine days" (no pain is written, so the need\'s summary stands in).',
    ]);
  });

  it('is missing when neither is written down', () => {
    const result = of({ ...full, pain: { text: '', confirmedBy: 'eva' }, need: { confirmed: true, summary: '' } }, 'identified-pain');
    expect(result.status).toBe('missing');
  });
});

describe('MEDDPICC lens: champion', () => {
  it('is validated by an ally who passes the champion test', () => {
    expect(evidenceTexts(of(full, 'champion'))).toEqual([
      'Eva Berg (CFO) passes the champion test: has power, sways the others, and gains "Wants the CFO role in the group".',
    ]);
  });

  it('is identified by allies who have not passed the test, and says what the test lacks', () => {
    const untested = of(withStakeholder(full, 'eva', { championTest: undefined }), 'champion');
    expect(untested.status).toBe('identified');
    expect(untested.evidence[0]?.stakeholderIds).toEqual(['eva', 'anders']);
    expect(untested.nextStep).toBe(
      'Test Eva Berg as a champion: do they have power, do they sway the others, and what do they gain personally?',
    );
    const noStake = of(withStakeholder(full, 'eva', { championTest: passingChampionTest({ personalStake: ' ', power: false }) }), 'champion');
    expect(noStake.status).toBe('identified');
    expect(noStake.nextStep).toBe('Find out whether Eva Berg has the power to move the deal, and what they gain personally.');
    const notAnAlly = of(withStakeholder(full, 'eva', { stance: 'neutral' }), 'champion');
    expect(notAnAlly.status).toBe('identified');
  });

  it('is missing without a supporter or champion', () => {
    const deal = withStakeholder(withStakeholder(full, 'eva', { stance: 'neutral' }), 'anders', { stance: 'skeptic' });
    expect(of(deal, 'champion')).toMatchObject({ status: 'missing', evidence: [] });
  });
});

describe('MEDDPICC lens: competition', () => {
  it('is validated with "do nothing" listed and a note on every competitor', () => {
    expect(evidenceTexts(of(full, 'competition'))).toEqual([
      'Globex ERP, a competing vendor: Slower close; we win on the nine-day problem.',
      'Do nothing, the option of doing nothing: Auditors arrive in March.',
    ]);
  });

  it('is identified without "do nothing", or with a competitor nobody noted', () => {
    const vendorsOnly = of({ ...full, competition: [competitor({ id: 'k1', note: 'Slower' })] }, 'competition');
    expect(vendorsOnly.status).toBe('identified');
    expect(vendorsOnly.nextStep).toBe('Ask Eva Berg what happens if Northwind AB changes nothing, and add "do nothing" as a competitor.');
    const unnoted = of({ ...full, competition: [...full.competition, competitor({ id: 'k3', name: 'Own Excel', kind: 'in-house' })] }, 'competition');
    expect(unnoted.status).toBe('identified');
    expect(evidenceTexts(unnoted)[2]).toBe('Own Excel, an in-house option, with no note on how the deal wins against it.');
    expect(unnoted.nextStep).toBe('Note how the deal wins against "Own Excel".');
  });

  it('is missing without competitors', () => {
    expect(of({ ...full, competition: [] }, 'competition').status).toBe('missing');
  });
});
