// Builders for the v2 qualification fields and a deal that every lens scores fully validated.
import type {
  ChampionTest,
  Competitor,
  Deal,
  DecisionCriterion,
  Metric,
  ProcessStep,
} from '../../shared/model/deal-schema';
import { buildHealthyDeal, withStakeholder } from './deal-builder';

/** An unconfirmed metric with no numbers, unless the fields say otherwise. */
export function metric(fields: Partial<Metric> & { readonly id: string }): Metric {
  return { text: 'Days to close the books', baseline: null, target: null, unit: '', confirmedBy: null, ...fields };
}

export function decisionCriterion(fields: Partial<DecisionCriterion> & { readonly id: string }): DecisionCriterion {
  return { text: 'Runs on our Azure tenant', confirmedBy: null, ...fields };
}

/** An open step with no date, unless the fields say otherwise. */
export function processStep(fields: Partial<ProcessStep> & { readonly id: string }): ProcessStep {
  return { text: 'Steering committee', date: null, done: false, ...fields };
}

/** A competing vendor with no note, unless the fields say otherwise. */
export function competitor(fields: Partial<Competitor> & { readonly id: string }): Competitor {
  return { name: 'Globex ERP', kind: 'vendor', note: '', ...fields };
}

/** A champion test that passes: power, influence and a personal stake. */
export function passingChampionTest(fields: Partial<ChampionTest> = {}): ChampionTest {
  return { power: true, influence: true, personalStake: 'Wants the CFO role in the group', ...fields };
}

/**
 * buildHealthyDeal with every v2 field filled in and confirmed, so that every criterion of every
 * lens is validated at TEST_AS_OF: Eva Berg (CFO, decision-maker, champion) passes the champion
 * test and confirmed the budget, timeframe, metric, criterion and both processes; Anders Holm (IT
 * manager) confirmed the pain; a referral is recorded.
 */
export function buildFullyQualifiedDeal(overrides: Partial<Deal> = {}): Deal {
  const deal = buildHealthyDeal({
    budget: { amount: 500000, confirmedBy: 'eva', note: '' },
    timeframe: { event: 'Auditors arrive', date: '2027-03-01', confirmedBy: 'eva' },
    pain: { text: 'Month-end close takes nine days', confirmedBy: 'anders' },
    metrics: [metric({ id: 'm1', baseline: 9, target: 3, unit: 'days', confirmedBy: 'eva' })],
    decisionCriteria: [decisionCriterion({ id: 'c1', confirmedBy: 'eva' })],
    decisionProcess: {
      steps: [processStep({ id: 's1', text: 'Steering committee', date: '2027-01-15' })],
      confirmedBy: 'eva',
    },
    paperProcess: {
      steps: [
        processStep({ id: 'p1', text: 'Security review', date: '2026-11-10', done: true }),
        processStep({ id: 'p2', text: 'Contract signed', date: '2027-02-01' }),
      ],
      confirmedBy: 'eva',
    },
    competition: [
      competitor({ id: 'k1', name: 'Globex ERP', note: 'Slower close; we win on the nine-day problem' }),
      competitor({ id: 'k2', name: 'Do nothing', kind: 'do-nothing', note: 'Auditors arrive in March' }),
    ],
    referrals: [{ name: 'Fabrikam AB' }],
    ...overrides,
  });
  return withStakeholder(deal, 'eva', { championTest: passingChampionTest() });
}
