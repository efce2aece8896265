// The saboteurs criterion: every stance known and every saboteur checked, read from the influence model.
import type { SaboteurThreat } from '../engine/influence';
import { joinWithAnd } from '../engine/message-text';
import { describeStakeholder, mostInfluential } from '../engine/stakeholder-names';
import { evidence, verdict } from './lens-helpers';
import type { Stakeholder } from '../model/deal-schema';
import type { CriterionEvidence, CriterionVerdict, LensContext } from './lens-types';

function nameOf(context: LensContext, id: string): string {
  return context.facts.findStakeholder(id)?.name ?? id;
}

function describeThreat(context: LensContext, threat: SaboteurThreat): string {
  const target = nameOf(context, threat.path.toId);
  const ally = threat.strongestAlly;
  if (ally === null) return `no supporter or champion reaches ${target}`;
  const backer = ally.fromId === threat.path.toId ? `${target}'s own support` : nameOf(context, ally.fromId);
  return threat.checked
    ? `${backer} has at least as much sway over ${target} (${ally.reach} against ${threat.path.reach})`
    : `${backer} has less sway over ${target} (${ally.reach} against ${threat.path.reach})`;
}

/** Names up to three people of unknown stance; with more, the most influential first. */
function learnStances(unknown: readonly Stakeholder[]): string {
  const first = mostInfluential(unknown);
  if (unknown.length > 3 && first !== undefined) {
    return `Learn where the ${unknown.length} stakeholders of unknown stance stand, starting with ${first.name}`;
  }
  return `Learn where ${joinWithAnd(unknown.map((person) => person.name))} ${unknown.length === 1 ? 'stands' : 'stand'} on the deal`;
}

/**
 * missing: a saboteur reaches a decision-maker unchecked, a decision-maker is a saboteur, or no
 * stance is known at all; identified: no open threat, but someone's stance is unknown;
 * validated: no open threat and every stakeholder's stance known.
 */
export function judgeSaboteurs(context: LensContext): CriterionVerdict {
  const { facts, deal } = context;
  const found: CriterionEvidence[] = [];
  const reaching = new Set<string>();
  for (const { saboteurId, threats } of facts.influence.saboteurs) {
    const saboteur = facts.findStakeholder(saboteurId);
    if (saboteur === undefined || saboteur.role === 'decision-maker') continue;
    reaching.add(saboteurId);
    const ids = threats.flatMap((threat) => [...threat.path.stakeholderIds, ...(threat.strongestAlly?.stakeholderIds ?? [])]);
    found.push(
      evidence(`${describeStakeholder(saboteur)} works against the deal; ${threats.map((threat) => describeThreat(context, threat)).join('; ')}`, ids),
    );
  }
  for (const dm of facts.saboteurDecisionMakers) {
    found.push(evidence(`${describeStakeholder(dm)} decides and works against the deal`, [dm]));
  }
  for (const person of facts.stakeholders) {
    if (person.stance === 'saboteur' && person.role !== 'decision-maker' && !reaching.has(person.id)) {
      found.push(evidence(`${describeStakeholder(person)} works against the deal but influences no decision-maker`, [person]));
    }
  }
  const unknown = facts.stakeholders.filter((person) => person.stance === 'unknown');
  const known = facts.stakeholders.length - unknown.length;

  const unchecked = facts.uncheckedSaboteurs[0];
  if (unchecked !== undefined) {
    const strongest = unchecked.threats.reduce((best, threat) => (threat.path.reach > best.path.reach ? threat : best));
    const target = nameOf(context, strongest.path.toId);
    return verdict(
      'missing',
      found,
      `Get someone with at least as much sway over ${target} (reach ${strongest.path.reach} or more) on your side, or meet ${unchecked.saboteur.name} to hear out the objections`,
    );
  }
  const saboteurDecisionMaker = facts.saboteurDecisionMakers[0];
  if (saboteurDecisionMaker !== undefined) {
    return verdict('missing', found, `Meet ${saboteurDecisionMaker.name} to hear out the objections, and ask your allies who could change their mind`);
  }
  if (known === 0) {
    return verdict('missing', found, `Map the buying center at ${deal.account} and learn where each person stands on the deal`);
  }
  if (unknown.length > 0) {
    found.push(evidence(`No saboteur goes unchecked, but the stance of ${unknown.length} of ${facts.stakeholders.length} stakeholders is unknown`, unknown));
    return verdict('identified', found, learnStances(unknown));
  }
  if (found.length === 0) {
    found.push(evidence("No saboteur in the buying center, and every stakeholder's stance is known"));
  }
  return verdict('validated', found, null);
}

