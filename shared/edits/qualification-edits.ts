// Pure edits of a deal's v2 qualification fields and lens override: (deal, input) => deal.
import type {
  Budget,
  ChampionTest,
  Competitor,
  Deal,
  DecisionCriterion,
  Metric,
  Pain,
  ProcessStep,
  Timeframe,
} from '../model/deal-schema';
import type { LensId } from '../model/vocabulary';
import { patchChangesAnything } from './unchanged';

/*
 * Each edit answers its input deal itself when it changes nothing, so the app records no undo
 * step and sends no save. Ids of new list items are `<prefix><n>` as in the file format's examples.
 */

/** The deal's own lens, or null to follow the workspace default (the field leaves the file). */
export function setDealLens(deal: Deal, lens: LensId | null): Deal {
  if ((deal.lens ?? null) === lens) return deal;
  if (lens !== null) return { ...deal, lens };
  const followsDefault = { ...deal };
  delete followsDefault.lens;
  return followsDefault;
}

export function updateBudget(deal: Deal, patch: Partial<Budget>): Deal {
  return patchChangesAnything(deal.budget, patch) ? { ...deal, budget: { ...deal.budget, ...patch } } : deal;
}

export function updateTimeframe(deal: Deal, patch: Partial<Timeframe>): Deal {
  return patchChangesAnything(deal.timeframe, patch) ? { ...deal, timeframe: { ...deal.timeframe, ...patch } } : deal;
}

export function updatePain(deal: Deal, patch: Partial<Pain>): Deal {
  return patchChangesAnything(deal.pain, patch) ? { ...deal, pain: { ...deal.pain, ...patch } } : deal;
}

/** `prefix<n>`, the first n past the list's length not yet taken. */
export function nextItemId(prefix: string, taken: readonly { readonly id: string }[]): string {
  const used = new Set(taken.map((item) => item.id));
  let n = taken.length + 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

function patchItem<T extends { readonly id: string }>(items: readonly T[], id: string, patch: Partial<Omit<T, 'id'>>): T[] | null {
  const current = items.find((item) => item.id === id);
  if (current === undefined || !patchChangesAnything(current, { ...patch, id })) return null;
  return items.map((item) => (item.id === id ? { ...item, ...patch, id } : item));
}

function withoutItem<T extends { readonly id: string }>(items: readonly T[], id: string): T[] | null {
  return items.some((item) => item.id === id) ? items.filter((item) => item.id !== id) : null;
}

export type MetricFields = Partial<Omit<Metric, 'id'>>;

export function addMetric(deal: Deal, fields: MetricFields = {}): Deal {
  const metric: Metric = { text: '', baseline: null, target: null, unit: '', confirmedBy: null, ...fields, id: nextItemId('m', deal.metrics) };
  return { ...deal, metrics: [...deal.metrics, metric] };
}

export function updateMetric(deal: Deal, id: string, patch: MetricFields): Deal {
  const metrics = patchItem(deal.metrics, id, patch);
  return metrics ? { ...deal, metrics } : deal;
}

export function removeMetric(deal: Deal, id: string): Deal {
  const metrics = withoutItem(deal.metrics, id);
  return metrics ? { ...deal, metrics } : deal;
}

export type DecisionCriterionFields = Partial<Omit<DecisionCriterion, 'id'>>;

export function addDecisionCriterion(deal: Deal, fields: DecisionCriterionFields = {}): Deal {
  const criterion: DecisionCriterion = { text: '', confirmedBy: null, ...fields, id: nextItemId('c', deal.decisionCriteria) };
  return { ...deal, decisionCriteria: [...deal.decisionCriteria, criterion] };
}

export function updateDecisionCriterion(deal: Deal, id: string, patch: DecisionCriterionFields): Deal {
  const decisionCriteria = patchItem(deal.decisionCriteria, id, patch);
  return decisionCriteria ? { ...deal, decisionCriteria } : deal;
}

export function removeDecisionCriterion(deal: Deal, id: string): Deal {
  const decisionCriteria = withoutItem(deal.decisionCriteria, id);
  return decisionCriteria ? { ...deal, decisionCriteria } : deal;
}

/** The two processes of dated steps: how the customer decides, and how the contract gets signed. */
export type ProcessKey = 'decisionProcess' | 'paperProcess';
export type ProcessStepFields = Partial<Omit<ProcessStep, 'id'>>;

export function addProcessStep(deal: Deal, process: ProcessKey, fields: ProcessStepFields = {}): Deal {
  const { steps } = deal[process];
  const step: ProcessStep = { text: '', date: null, done: false, ...fields, id: nextItemId('s', steps) };
  return { ...deal, [process]: { ...deal[process], steps: [...steps, step] } };
}

export function updateProcessStep(deal: Deal, process: ProcessKey, id: string, patch: ProcessStepFields): Deal {
  const steps = patchItem(deal[process].steps, id, patch);
  return steps ? { ...deal, [process]: { ...deal[process], steps } } : deal;
}

export function removeProcessStep(deal: Deal, process: ProcessKey, id: string): Deal {
  const steps = withoutItem(deal[process].steps, id);
  return steps ? { ...deal, [process]: { ...deal[process], steps } } : deal;
}

/** Moves a step one place up (-1) or down (1); at either end it stays. */
export function moveProcessStep(deal: Deal, process: ProcessKey, id: string, offset: -1 | 1): Deal {
  const steps = [...deal[process].steps];
  const from = steps.findIndex((step) => step.id === id);
  const to = from + offset;
  const moving = steps[from];
  const other = steps[to];
  if (from < 0 || moving === undefined || other === undefined) return deal;
  steps[to] = moving;
  steps[from] = other;
  return { ...deal, [process]: { ...deal[process], steps } };
}

export function setProcessConfirmedBy(deal: Deal, process: ProcessKey, confirmedBy: string | null): Deal {
  if (deal[process].confirmedBy === confirmedBy) return deal;
  return { ...deal, [process]: { ...deal[process], confirmedBy } };
}

export type CompetitorFields = Partial<Omit<Competitor, 'id'>>;

export function addCompetitor(deal: Deal, fields: CompetitorFields = {}): Deal {
  const competitor: Competitor = { name: '', kind: 'vendor', note: '', ...fields, id: nextItemId('k', deal.competition) };
  return { ...deal, competition: [...deal.competition, competitor] };
}

/** Adds "Do nothing", the status quo every deal competes with, named in the writer's language; once only. */
export function addDoNothing(deal: Deal, name = 'Do nothing'): Deal {
  if (deal.competition.some((competitor) => competitor.kind === 'do-nothing')) return deal;
  return addCompetitor(deal, { name, kind: 'do-nothing' });
}

export function updateCompetitor(deal: Deal, id: string, patch: CompetitorFields): Deal {
  const competition = patchItem(deal.competition, id, patch);
  return competition ? { ...deal, competition } : deal;
}

export function removeCompetitor(deal: Deal, id: string): Deal {
  const competition = withoutItem(deal.competition, id);
  return competition ? { ...deal, competition } : deal;
}

/** Nothing ticked, nothing at stake: the test as it starts once someone runs it. */
export const UNTESTED_CHAMPION: ChampionTest = { power: false, influence: false, personalStake: '' };

/** Records part of a stakeholder's champion test; a stakeholder never tested starts from UNTESTED_CHAMPION. */
export function updateChampionTest(deal: Deal, stakeholderId: string, patch: Partial<ChampionTest>): Deal {
  const person = deal.stakeholders.find((s) => s.id === stakeholderId);
  if (person === undefined) return deal;
  const current = person.championTest;
  if (current !== undefined && !patchChangesAnything(current, patch)) return deal;
  const championTest = { ...(current ?? UNTESTED_CHAMPION), ...patch };
  return {
    ...deal,
    stakeholders: deal.stakeholders.map((s) => (s.id === stakeholderId ? { ...s, championTest } : s)),
  };
}

/** Forgets a stakeholder's champion test: back to "not tested". */
export function clearChampionTest(deal: Deal, stakeholderId: string): Deal {
  const person = deal.stakeholders.find((s) => s.id === stakeholderId);
  if (person?.championTest === undefined) return deal;
  const untested = { ...person };
  delete untested.championTest;
  return { ...deal, stakeholders: deal.stakeholders.map((s) => (s.id === stakeholderId ? untested : s)) };
}

/**
 * Clears every `confirmedBy` naming one of `stakeholderIds`: a deal whose confirmer was deleted
 * would name an unknown stakeholder, which the file format refuses.
 */
export function forgetConfirmations(deal: Deal, stakeholderIds: readonly string[]): Deal {
  const gone = new Set(stakeholderIds);
  const names = (id: string | null) => id !== null && gone.has(id);
  const clear = <T extends { readonly confirmedBy: string | null }>(item: T): T => (names(item.confirmedBy) ? { ...item, confirmedBy: null } : item);
  const clearAll = <T extends { readonly confirmedBy: string | null }>(items: readonly T[]): T[] | null =>
    items.some((item) => names(item.confirmedBy)) ? items.map(clear) : null;
  const singles = [deal.pain, deal.budget, deal.timeframe, deal.decisionProcess, deal.paperProcess];
  const metrics = clearAll(deal.metrics);
  const decisionCriteria = clearAll(deal.decisionCriteria);
  const need = names(deal.need.confirmedBy ?? null);
  if (!need && !singles.some((item) => names(item.confirmedBy)) && metrics === null && decisionCriteria === null) return deal;
  return {
    ...deal,
    need: need ? { ...deal.need, confirmedBy: null } : deal.need,
    pain: clear(deal.pain),
    budget: clear(deal.budget),
    timeframe: clear(deal.timeframe),
    decisionProcess: clear(deal.decisionProcess),
    paperProcess: clear(deal.paperProcess),
    metrics: metrics ?? deal.metrics,
    decisionCriteria: decisionCriteria ?? deal.decisionCriteria,
  };
}
