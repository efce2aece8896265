// The one builder of valid deals, stakeholders and relations for every test: engine, services, renderer.
import {
  DEAL_SCHEMA_VERSION,
  emptyQualificationFields,
  type Budget,
  type ChampionTest,
  type Competitor,
  type Deal,
  type DecisionCriterion,
  type Metric,
  type ProcessStep,
  type Relation,
  type Stakeholder,
} from '../../shared/model/deal-schema';
import { newDeal } from '../../shared/model/new-deal';

/** The updatedAt of every built deal. */
const BUILT_AT = '2026-11-20T10:00:00.000Z';

/** The review date the builders' contact dates are relative to. */
export const TEST_AS_OF = '2026-11-30';
/** Within 30 days of TEST_AS_OF, so not stale. */
export const RECENT_CONTACT = '2026-11-20';

const CONFIRMED_NEED = { confirmed: true, summary: 'Month-end close takes nine days' } as const;

type StakeholderFields = Partial<Stakeholder> & { readonly id: string };

function nameFromId(id: string): string {
  return id
    .split('-')
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

/** A neutral user of influence 3 and unknown interest, named after the id ("eva-berg" -> "Eva Berg"). */
export function stakeholder(fields: StakeholderFields): Stakeholder {
  return {
    name: nameFromId(fields.id) || fields.id,
    role: 'user',
    stance: 'neutral',
    influence: 3,
    interest: 'unknown',
    lastContact: RECENT_CONTACT,
    ...fields,
  };
}

/** A stakeholder with the role decision-maker. */
export function decisionMaker(fields: StakeholderFields): Stakeholder {
  return stakeholder({ role: 'decision-maker', ...fields });
}

/** `from` influences `to`; the id defaults to `${from}-influences-${to}`. */
export function influences(from: string, to: string, strength = 2, id = `${from}-influences-${to}`): Relation {
  return { id, from, to, kind: 'influences', strength };
}

/** `from` reports to `to`; the id defaults to `${from}-reports-to-${to}`. */
export function reportsTo(from: string, to: string, id = `${from}-reports-to-${to}`): Relation {
  return { id, from, to, kind: 'reports-to' };
}

type DealBody = Pick<Deal, 'status' | 'need' | 'valueCase' | 'stakeholders' | 'relations' | 'referrals' | 'revision' | 'updatedAt'>;

/** Everything after the details of a deal nobody has worked on yet; new objects on every call. */
function untouchedDealBody(): DealBody {
  return {
    status: 'open',
    need: { confirmed: false, summary: '' },
    valueCase: { benefits: [], savings: { frontEnd: null, backEnd: null } },
    stakeholders: [],
    relations: [],
    referrals: [],
    revision: 1,
    updatedAt: BUILT_AT,
  };
}

/** A deal as createDeal writes it: only id, name and account, nothing else filled in. */
export function buildNewDeal(fields: Pick<Deal, 'id' | 'name' | 'account'>): Deal {
  return newDeal({ ...fields, updatedAt: BUILT_AT });
}

/**
 * A valid open deal file v2 with nothing in it: need unconfirmed, no value case, empty qualification
 * fields (no budget, pain, metrics...), no lens of its own, nobody in the buying center.
 */
export function buildDeal(overrides: Partial<Deal> = {}): Deal {
  return {
    schemaVersion: DEAL_SCHEMA_VERSION,
    ...emptyQualificationFields(),
    id: 'test-deal',
    name: 'Test deal',
    account: 'Northwind AB',
    owner: 'Sara Lind',
    amount: 480000,
    currency: 'SEK',
    closeDate: '2027-02-28',
    ...untouchedDealBody(),
    ...overrides,
  };
}

/**
 * A qualified open deal with no gaps at TEST_AS_OF: Eva Berg (CFO) decides and champions it,
 * Anders Holm (IT manager) supports it and influences her with strength 3.
 */
export function buildHealthyDeal(overrides: Partial<Deal> = {}): Deal {
  return buildDeal({
    id: 'northwind-erp',
    name: 'ERP replacement',
    need: { ...CONFIRMED_NEED },
    valueCase: {
      benefits: [{ kind: 'efficiency', text: 'Close the books in three days' }],
      savings: { frontEnd: 60000, backEnd: 150000 },
    },
    stakeholders: [
      decisionMaker({
        id: 'eva',
        name: 'Eva Berg',
        title: 'CFO',
        stance: 'champion',
        influence: 5,
        interest: 'discussing-benefits',
      }),
      stakeholder({
        id: 'anders',
        name: 'Anders Holm',
        title: 'IT manager',
        role: 'influencer',
        stance: 'supporter',
        influence: 3,
        interest: 'general-info',
      }),
    ],
    relations: [influences('anders', 'eva', 3), reportsTo('anders', 'eva')],
    ...overrides,
  });
}

/**
 * Acme's ERP replacement with a confirmed need and no value case: Eva Berg (CFO), a neutral
 * decision-maker, is influenced (relation r1, strength 3) by Anders Nyström (IT Manager), a saboteur
 * nobody has checked and nobody has contacted.
 */
export function buildDealWithSaboteur(overrides: Partial<Deal> = {}): Deal {
  return buildDeal({
    id: 'acme-erp',
    name: 'ERP replacement',
    account: 'Acme AB',
    need: { ...CONFIRMED_NEED },
    stakeholders: [
      decisionMaker({ id: 'eva', name: 'Eva Berg', title: 'CFO', interest: 'general-info', lastContact: RECENT_CONTACT }),
      stakeholder({
        id: 'anders',
        name: 'Anders Nyström',
        title: 'IT Manager',
        role: 'influencer',
        stance: 'saboteur',
        interest: 'general-info',
        lastContact: null,
      }),
    ],
    relations: [influences('anders', 'eva', 3, 'r1')],
    ...overrides,
  });
}

/** Replaces the stakeholder with the given id by a copy with `changes` applied. */
export function withStakeholder(deal: Deal, id: string, changes: Partial<Stakeholder>): Deal {
  return {
    ...deal,
    stakeholders: deal.stakeholders.map((person) => (person.id === id ? { ...person, ...changes } : person)),
  };
}

/** A champion test; by default one that passes: power, influence and a personal stake. */
export function championTest(fields: Partial<ChampionTest> = {}): ChampionTest {
  return { power: true, influence: true, personalStake: 'Measured on closing the books faster', ...fields };
}

/** A metric with a baseline and a target that nobody at the customer has confirmed yet. */
export function metric(fields: Partial<Metric> & { readonly id: string }): Metric {
  return { text: 'Days to close the books', baseline: 9, target: 3, unit: 'days', confirmedBy: null, ...fields };
}

/** An unconfirmed decision criterion. */
export function decisionCriterion(fields: Partial<DecisionCriterion> & { readonly id: string }): DecisionCriterion {
  return { text: 'Runs on our Azure tenant', confirmedBy: null, ...fields };
}

/** An open step of a decision or paper process, without a date. */
export function processStep(fields: Partial<ProcessStep> & { readonly id: string }): ProcessStep {
  return { text: 'Steering committee', date: null, done: false, ...fields };
}

/** A competing vendor; pass `kind: 'do-nothing'` or `'in-house'` for the other alternatives. */
export function competitor(fields: Partial<Competitor> & { readonly id: string }): Competitor {
  return { name: 'Vendor X', kind: 'vendor', note: '', ...fields };
}

/** A copy of the deal with `changes` applied to its budget. */
export function withBudget(deal: Deal, changes: Partial<Budget>): Deal {
  return { ...deal, budget: { ...deal.budget, ...changes } };
}
