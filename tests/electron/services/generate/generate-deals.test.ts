// The workspace generator: valid, varied, realistic deals that show every gap code, reproducibly.
import { describe, expect, it } from 'vitest';
import { DEFAULT_GENERATE_AS_OF, generateDeal, generateDeals, seededRandom } from '../../../../electron/services/generate';
import { serializeDeal } from '../../../../electron/services/deal-file-order';
import { qualifyDeal } from '../../../../shared/engine/qualify-deal';
import { GAP_CODES, LENS_GAP_CODES } from '../../../../shared/engine/types';
import { COMPETITOR_KINDS, DEAL_STATUSES, LENS_IDS } from '../../../../shared/model/vocabulary';
import { validateDeal } from '../../../../shared/model/validation';

const AS_OF = DEFAULT_GENERATE_AS_OF;
const deals = generateDeals({ deals: 600, seed: 2026, asOf: AS_OF });
const distinct = <T>(values: readonly T[]) => new Set(values).size;

describe('generateDeals', () => {
  it('writes deals that read back through validateDeal unchanged, with unique ids', () => {
    for (const deal of deals) {
      const validation = validateDeal(JSON.parse(serializeDeal(deal)));
      expect(validation.ok ? validation.deal : validation.issues).toEqual(deal);
    }
    expect(distinct(deals.map((deal) => deal.id))).toBe(deals.length);
  });

  it('shows every engine gap code, and lens gaps of every lens, somewhere in the pipeline', () => {
    const seen = new Set(deals.flatMap((deal) => qualifyDeal(deal, { asOf: AS_OF }).gaps.map((gap) => gap.code)));
    const lensCodes = LENS_GAP_CODES as readonly string[];
    expect([...GAP_CODES].filter((code) => !lensCodes.includes(code) && !seen.has(code))).toEqual([]);
    for (const lens of LENS_IDS) expect([...seen].some((code) => code.startsWith(`${lens}-`))).toBe(true);
  });

  it('spreads deals over about twelve owners, many markets and currencies, mostly open', () => {
    expect(distinct(deals.map((deal) => deal.owner))).toBe(12);
    expect(distinct(deals.map((deal) => deal.currency))).toBeGreaterThanOrEqual(8);
    expect(distinct(deals.map((deal) => deal.account))).toBeGreaterThan(500);
    const count = (status: string) => deals.filter((deal) => deal.status === status).length;
    expect(count('open')).toBeGreaterThan(deals.length * 0.7);
    for (const status of DEAL_STATUSES) expect(count(status)).toBeGreaterThan(0);
  });

  it('draws buying centers of 3 to 60 stakeholders, most of them small, with org charts and influence', () => {
    const sizes = deals.map((deal) => deal.stakeholders.length).sort((a, b) => a - b);
    expect(sizes[0]).toBe(3);
    expect(sizes.at(-1)).toBeGreaterThanOrEqual(50);
    expect(sizes.at(-1)).toBeLessThanOrEqual(60);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThan(15);
    const kinds = deals.flatMap((deal) => deal.relations.map((relation) => relation.kind));
    expect(distinct(kinds)).toBe(2);
    expect(deals.some((deal) => deal.referrals.length > 0)).toBe(true);
  });

  it('dates close dates over the next twelve months from the base day, won and lost ones in the past', () => {
    const horizon = '2027-11-28';
    for (const deal of deals) {
      if (deal.closeDate === null || deal.closeDate === undefined) continue;
      if (deal.status === 'open') expect(deal.closeDate < horizon && deal.closeDate >= '2026-10-27').toBe(true);
      else expect(deal.closeDate < AS_OF).toBe(true);
    }
    const openMonths = deals.filter((deal) => deal.status === 'open').map((deal) => deal.closeDate?.slice(0, 7));
    expect(distinct(openMonths)).toBeGreaterThanOrEqual(12);
  });

  it('fills the version 2 evidence in every state: missing, identified and confirmed', () => {
    const budgets = deals.map((deal) => deal.budget);
    expect(budgets.some((budget) => budget.amount === null)).toBe(true);
    expect(budgets.some((budget) => budget.amount !== null && budget.confirmedBy === null)).toBe(true);
    expect(budgets.some((budget) => budget.confirmedBy !== null)).toBe(true);
    expect(deals.some((deal) => deal.timeframe.confirmedBy !== null)).toBe(true);
    expect(deals.some((deal) => deal.pain.text !== '' && deal.pain.confirmedBy === null)).toBe(true);
    expect(deals.some((deal) => deal.metrics.some((metric) => metric.baseline === null))).toBe(true);
    expect(deals.some((deal) => deal.decisionCriteria.length > 1)).toBe(true);
    expect(deals.some((deal) => deal.decisionProcess.steps.some((step) => step.done))).toBe(true);
    expect(deals.some((deal) => deal.paperProcess.confirmedBy !== null)).toBe(true);
    for (const steps of deals.flatMap((deal) => [deal.decisionProcess.steps, deal.paperProcess.steps])) {
      const dates = steps.flatMap((step) => step.date ?? []);
      expect(dates).toEqual([...dates].sort());
    }
    expect(distinct(deals.flatMap((deal) => deal.competition.map((competitor) => competitor.kind)))).toBe(COMPETITOR_KINDS.length);
    const tests = deals.flatMap((deal) => deal.stakeholders.flatMap((stakeholder) => stakeholder.championTest ?? []));
    expect(distinct(tests.map((test) => test.power))).toBe(2);
    expect(distinct(deals.map((deal) => deal.lens))).toBe(LENS_IDS.length + 1);
  });

  it('puts everyone in a department, the decision-makers in the executive team, and takes a fixed size', () => {
    for (const deal of deals) {
      for (const person of deal.stakeholders) {
        expect(person.department, `${deal.id} ${person.id}`).toBeTruthy();
        if (person.role === 'decision-maker') expect(person.department).toBe('Executive');
      }
    }
    const sixty = generateDeals({ deals: 3, seed: 9, asOf: AS_OF, people: 60 });
    expect(sixty.map((deal) => deal.stakeholders.length)).toEqual([60, 60, 60]);
    expect(new Set(sixty[0]?.stakeholders.map((person) => person.department)).size).toBeGreaterThan(4);
  });

  it('is reproducible: the same seed gives the same deals, and deal n does not depend on the run size', () => {
    expect(generateDeals({ deals: 40, seed: 2026, asOf: AS_OF })).toEqual(deals.slice(0, 40));
    expect(generateDeal(599, 2026, AS_OF)).toEqual(deals[599]);
    expect(generateDeals({ deals: 40, seed: 2027, asOf: AS_OF })).not.toEqual(deals.slice(0, 40));
  });
});

describe('seededRandom', () => {
  it('draws the same numbers in [0, 1) for the same seed', () => {
    const draw = (seed: number) => Array.from({ length: 1000 }, seededRandom(seed));
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
    expect(draw(5).every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
