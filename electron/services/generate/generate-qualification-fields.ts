// Deal file v2 evidence for a generated deal: budget, pain, metrics, processes, competition, champion tests.
import type {
  Competitor,
  DealProcess,
  DecisionCriterion,
  Metric,
  QualificationFields,
  Stakeholder,
} from '../../../shared/model/deal-schema';
import { hasShownInterest, LENS_IDS, type LensId } from '../../../shared/model/vocabulary';
import { COMPETITORS, DECISION_CRITERIA, DECISION_STEPS, PAPER_STEPS, TIMEFRAME_EVENTS, type ProductArea } from './deal-words';
import type { DealMaturity } from './deal-maturity';
import { roundAmount, shiftDay } from './generated-calendar';
import { between, chance, pick, sample, weighted, type Random } from './seeded-random';

/** How well one piece of evidence is known: not at all, from our side, or confirmed by the customer. */
type EvidenceState = 'missing' | 'identified' | 'validated';

const EVIDENCE_WEIGHTS: Readonly<Record<DealMaturity, Readonly<Record<EvidenceState, number>>>> = {
  early: { missing: 60, identified: 30, validated: 10 },
  developing: { missing: 30, identified: 40, validated: 30 },
  advanced: { missing: 10, identified: 30, validated: 60 },
};

export interface EvidenceContext {
  readonly maturity: DealMaturity;
  readonly product: ProductArea;
  readonly amount: number;
  readonly closeDate: string | null;
  readonly asOf: string;
  readonly stakeholders: readonly Stakeholder[];
}

/** The customer-side person who confirmed it: someone engaged, a decision-maker when there is one. */
function confirmer(random: Random, context: EvidenceContext, state: EvidenceState): string | null {
  if (state !== 'validated') return null;
  const engaged = context.stakeholders.filter((stakeholder) => hasShownInterest(stakeholder.interest));
  const deciders = engaged.filter((stakeholder) => stakeholder.role === 'decision-maker');
  const pool = deciders.length > 0 && chance(random, 0.5) ? deciders : engaged.length > 0 ? engaged : context.stakeholders;
  return pool.length > 0 ? pick(random, pool).id : null;
}

function steppedProcess(random: Random, context: EvidenceContext, texts: readonly string[], prefix: string): DealProcess {
  const state = weighted(random, EVIDENCE_WEIGHTS[context.maturity]);
  if (state === 'missing') return { steps: [], confirmedBy: null };
  const end = context.closeDate ?? shiftDay(context.asOf, 90);
  const count = between(random, 1, Math.min(4, texts.length));
  const positions = sample(random, texts.map((_, index) => index), count).sort((a, b) => a - b);
  const chosen = positions.map((position) => texts[position] as string);
  // Dated backwards from the close, so the steps' dates run in order.
  const daysBeforeEnd: number[] = [];
  for (let back = between(random, 0, 14), n = count; n > 0; n -= 1, back += between(random, 7, 30)) daysBeforeEnd.unshift(back);
  const steps = chosen.map((text, index) => {
    const date = chance(random, 0.8) ? shiftDay(end, -(daysBeforeEnd[index] ?? 0)) : null;
    return { id: `${prefix}${index + 1}`, text, date, done: date !== null && date < context.asOf };
  });
  return { steps, confirmedBy: confirmer(random, context, state) };
}

function metrics(random: Random, context: EvidenceContext): Metric[] {
  const state = weighted(random, EVIDENCE_WEIGHTS[context.maturity]);
  if (state === 'missing') return [];
  const { metric } = context.product;
  const known = state === 'validated' || chance(random, 0.5);
  return [
    {
      id: 'm1',
      text: metric.text,
      baseline: known ? metric.baseline : null,
      target: known ? metric.target : null,
      unit: metric.unit,
      confirmedBy: confirmer(random, context, state),
    },
  ];
}

function criteria(random: Random, context: EvidenceContext): DecisionCriterion[] {
  const state = weighted(random, EVIDENCE_WEIGHTS[context.maturity]);
  if (state === 'missing') return [];
  return sample(random, DECISION_CRITERIA, between(random, 1, 3)).map((text, index) => ({
    id: `c${index + 1}`,
    text,
    confirmedBy: confirmer(random, context, chance(random, 0.7) ? state : 'identified'),
  }));
}

function competition(random: Random, context: EvidenceContext): Competitor[] {
  if (weighted(random, EVIDENCE_WEIGHTS[context.maturity]) === 'missing') return [];
  const vendors: Pick<Competitor, 'name' | 'kind' | 'note'>[] = sample(random, COMPETITORS, between(random, 0, 2)).map(
    (name) => ({ name, kind: 'vendor', note: '' }),
  );
  const others: Pick<Competitor, 'name' | 'kind' | 'note'>[] = [];
  if (chance(random, 0.4)) others.push({ name: 'Do nothing', kind: 'do-nothing', note: 'The spreadsheet still works, barely' });
  if (chance(random, 0.2)) others.push({ name: 'Internal IT team', kind: 'in-house', note: 'Offered to build it' });
  return [...vendors, ...others].map((competitor, index) => ({ id: `k${index + 1}`, ...competitor }));
}

/** Champions are sometimes tested: do they have power, do they use it for us, what is in it for them. */
export function testChampions(random: Random, stakeholders: Stakeholder[]): void {
  for (const stakeholder of stakeholders) {
    if (stakeholder.stance !== 'champion' || !chance(random, 0.6)) continue;
    stakeholder.championTest = {
      power: chance(random, 0.6),
      influence: chance(random, 0.7),
      personalStake: chance(random, 0.6) ? pick(random, ['Wants the promotion to CFO', 'Owns the project budget', 'Tired of the month-end overtime']) : '',
    };
  }
}

export function generateQualificationFields(random: Random, context: EvidenceContext): QualificationFields {
  const weights = EVIDENCE_WEIGHTS[context.maturity];
  const budgetState = weighted(random, weights);
  const timeframeState = weighted(random, weights);
  const painState = weighted(random, weights);
  return {
    pain: painState === 'missing' ? { text: '', confirmedBy: null } : { text: context.product.need, confirmedBy: confirmer(random, context, painState) },
    budget:
      budgetState === 'missing'
        ? { amount: null, confirmedBy: null, note: '' }
        : {
            amount: roundAmount(context.amount * (0.8 + random() * 0.7)),
            confirmedBy: confirmer(random, context, budgetState),
            note: chance(random, 0.3) ? 'Part of next year\'s IT budget' : '',
          },
    timeframe:
      timeframeState === 'missing'
        ? { event: '', date: null, confirmedBy: null }
        : {
            event: pick(random, TIMEFRAME_EVENTS),
            date: context.closeDate === null ? null : shiftDay(context.closeDate, between(random, 0, 60)),
            confirmedBy: confirmer(random, context, timeframeState),
          },
    metrics: metrics(random, context),
    decisionCriteria: criteria(random, context),
    decisionProcess: steppedProcess(random, context, DECISION_STEPS, 's'),
    paperProcess: steppedProcess(random, context, PAPER_STEPS, 'p'),
    competition: competition(random, context),
  };
}

/** A few deals are read through a lens other than the workspace default. */
export function lensOverride(random: Random): LensId | undefined {
  return chance(random, 0.08) ? pick(random, LENS_IDS) : undefined;
}
