// The facts about a deal that the stage, the score and the gap rules all read, computed once.
import type { Deal, Stakeholder } from '../model/deal-schema';
import { placeholdersUnder } from '../model/placeholders';
import { interestRank } from '../model/vocabulary';
import {
  analyzeInfluenceGraph,
  buildInfluenceGraph,
  type InfluenceAnalysis,
  type SaboteurThreat,
} from './influence';
import { skepticDecisionMakers, type SkepticDecisionMaker } from './skeptic-pull';

/** A saboteur, not a decision-maker, whose path to at least one decision-maker no ally matches. */
export interface UncheckedSaboteur {
  readonly saboteur: Stakeholder;
  /** Only the unchecked threats, in deal order of the decision-makers. */
  readonly threats: readonly SaboteurThreat[];
}

export interface DealFacts {
  readonly deal: Deal;
  /** Unique by id (the first of duplicates wins), in deal order. */
  readonly stakeholders: readonly Stakeholder[];
  readonly findStakeholder: (id: string) => Stakeholder | undefined;
  readonly decisionMakers: readonly Stakeholder[];
  /** Stakeholders at `general-info` interest or higher. */
  readonly engaged: readonly Stakeholder[];
  /** Stakeholders at `discussing-benefits` interest or higher. */
  readonly discussingBenefits: readonly Stakeholder[];
  /** Some decision-maker is at `general-info` interest or higher. */
  readonly decisionMakerEngaged: boolean;
  readonly influence: InfluenceAnalysis;
  /** Some ally reaches some decision-maker, a decision-maker's self-reach included. */
  readonly allyReachesDecisionMaker: boolean;
  /** Some ally has a path of at least one relation to some decision-maker (the stage rule). */
  readonly allyPathToDecisionMaker: boolean;
  readonly saboteurDecisionMakers: readonly Stakeholder[];
  readonly uncheckedSaboteurs: readonly UncheckedSaboteur[];
  /** Decision-makers of stance skeptic whom no ally reaches as strongly as the strongest pull against the deal. */
  readonly unansweredSkeptics: readonly SkepticDecisionMaker[];
  /** The value case has a benefit with a non-blank text. */
  readonly benefitNamed: boolean;
  /** The value case has a front-end or back-end saving above 0. */
  readonly savingsGiven: boolean;
}

function isSaving(amount: number | null | undefined): boolean {
  return typeof amount === 'number' && amount > 0;
}

const GENERAL_INFO = interestRank('general-info');
const DISCUSSING_BENEFITS = interestRank('discussing-benefits');

/** The ids of the stakeholders whose stance a move wrote as a placeholder (live marks only). */
function placeholderStanceIds(deal: Deal): Set<string> {
  if (deal.placeholders === undefined) return new Set();
  const marks = placeholdersUnder(deal, 'stakeholders[').filter((mark) => mark.path.endsWith('].stance'));
  return new Set(marks.map((mark) => mark.path.slice('stakeholders['.length, -'].stance'.length)));
}

/** A stance a move wrote as a placeholder is read as unknown until a person confirms it. */
function withPlaceholderStancesUnknown(deal: Deal, unknown: ReadonlySet<string>): Pick<Deal, 'stakeholders' | 'relations'> {
  if (unknown.size === 0) return deal;
  return { ...deal, stakeholders: deal.stakeholders.map((person) => (unknown.has(person.id) ? { ...person, stance: 'unknown' as const } : person)) };
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}

/** What the influence model reads of a person: a change to anything else (interest, last contact, name) leaves its analysis as it is. */
function sameInfluenceInputs(a: readonly Stakeholder[], b: readonly Stakeholder[]): boolean {
  return (
    a.length === b.length &&
    a.every((person, index) => {
      const other = b[index];
      return (
        person === other ||
        (other !== undefined && person.id === other.id && person.role === other.role && person.stance === other.stance && person.influence === other.influence)
      );
    })
  );
}

/**
 * The facts of `deal`. `sameBuyingCenter`: the facts of another reading of this deal (the saved
 * one, in what-if), with the same placeholder stances and relations. When `deal` has the very same
 * stakeholders and relations (the same arrays, as a move on the need or the value case leaves them),
 * its buying-center facts are reused whole. When only what the influence model does not read changed
 * (interest, last contact: the same ids, roles, stances and influence in the same order), its influence
 * paths, saboteur threats and skeptic pulls are reused and only the lists of people are made anew:
 * the paths are most of the cost.
 */
export function collectDealFacts(deal: Deal, sameBuyingCenter?: DealFacts): DealFacts {
  const unknownStances = placeholderStanceIds(deal);
  const earlier =
    sameBuyingCenter !== undefined &&
    sameBuyingCenter.deal.relations === deal.relations &&
    sameIds(placeholderStanceIds(sameBuyingCenter.deal), unknownStances)
      ? sameBuyingCenter
      : undefined;
  if (earlier !== undefined && earlier.deal.stakeholders === deal.stakeholders) {
    return { ...earlier, deal, ...valueCaseFacts(deal) };
  }
  const graph = buildInfluenceGraph(withPlaceholderStancesUnknown(deal, unknownStances));
  const { stakeholders, indexOf } = graph;
  const findStakeholder = (id: string): Stakeholder | undefined => {
    const index = indexOf.get(id);
    return index === undefined ? undefined : stakeholders[index];
  };
  const decisionMakers: Stakeholder[] = [];
  const engaged: Stakeholder[] = [];
  const discussingBenefits: Stakeholder[] = [];
  let decisionMakerEngaged = false;
  for (const stakeholder of stakeholders) {
    const rank = interestRank(stakeholder.interest);
    const decides = stakeholder.role === 'decision-maker';
    if (decides) decisionMakers.push(stakeholder);
    if (rank >= GENERAL_INFO) engaged.push(stakeholder);
    if (rank >= DISCUSSING_BENEFITS) discussingBenefits.push(stakeholder);
    if (decides && rank >= GENERAL_INFO) decisionMakerEngaged = true;
  }
  const reused = earlier !== undefined && sameInfluenceInputs(earlier.deal.stakeholders, deal.stakeholders) ? earlier : undefined;
  const influence = reused?.influence ?? analyzeInfluenceGraph(graph);
  const uncheckedSaboteurs: UncheckedSaboteur[] = [];
  for (const { saboteurId, threats } of influence.saboteurs) {
    const saboteur = findStakeholder(saboteurId);
    // A saboteur who decides is reported as decision-maker-saboteur instead.
    if (saboteur === undefined || saboteur.role === 'decision-maker') continue;
    const unchecked = threats.filter((threat) => !threat.checked);
    if (unchecked.length > 0) uncheckedSaboteurs.push({ saboteur, threats: unchecked });
  }
  // A reused pull names the decision-maker as this reading has them.
  const unansweredSkeptics =
    reused === undefined
      ? skepticDecisionMakers(graph, influence).filter((skeptic) => !skeptic.answered)
      : reused.unansweredSkeptics.map((skeptic) => ({ ...skeptic, decisionMaker: findStakeholder(skeptic.decisionMaker.id) ?? skeptic.decisionMaker }));
  return {
    deal,
    stakeholders,
    findStakeholder,
    decisionMakers,
    engaged,
    discussingBenefits,
    decisionMakerEngaged,
    influence,
    allyReachesDecisionMaker: influence.decisionMakers.some((dm) => dm.allyReaches.length > 0),
    allyPathToDecisionMaker: influence.decisionMakers.some((dm) =>
      dm.allyReaches.some((path) => path.relationIds.length > 0),
    ),
    saboteurDecisionMakers: decisionMakers.filter((dm) => dm.stance === 'saboteur'),
    uncheckedSaboteurs,
    unansweredSkeptics,
    ...valueCaseFacts(deal),
  };
}

/** Every fact that comes from the buying center: all of DealFacts but the deal and its value-case facts (the type keeps the list whole). */
const BUYING_CENTER_FACTS: Readonly<Record<Exclude<keyof DealFacts, 'deal' | 'benefitNamed' | 'savingsGiven'>, true>> = {
  stakeholders: true,
  findStakeholder: true,
  decisionMakers: true,
  engaged: true,
  discussingBenefits: true,
  decisionMakerEngaged: true,
  influence: true,
  allyReachesDecisionMaker: true,
  allyPathToDecisionMaker: true,
  saboteurDecisionMakers: true,
  uncheckedSaboteurs: true,
  unansweredSkeptics: true,
};
const BUYING_CENTER_KEYS = Object.keys(BUYING_CENTER_FACTS) as (keyof typeof BUYING_CENTER_FACTS)[];

/** True when both readings hold the very same buying-center facts, as when collectDealFacts reused one's for the other. */
export function sameBuyingCenterFacts(a: DealFacts, b: DealFacts): boolean {
  return BUYING_CENTER_KEYS.every((key) => a[key] === b[key]);
}

/** The facts about the value case: the only ones besides the deal itself that do not come from the buying center. */
function valueCaseFacts(deal: Deal): Pick<DealFacts, 'benefitNamed' | 'savingsGiven'> {
  return {
    benefitNamed: deal.valueCase.benefits.some((benefit) => benefit.text.trim() !== ''),
    savingsGiven: isSaving(deal.valueCase.savings.frontEnd) || isSaving(deal.valueCase.savings.backEnd),
  };
}
