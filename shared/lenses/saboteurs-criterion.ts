// The saboteurs criterion: every stance known and every saboteur checked, read from the influence model.
import type { SaboteurThreat } from '../engine/influence';
import { describeStakeholder, mostInfluential } from '../engine/stakeholder-names';
import type { MessageRef } from '../i18n/message-ref';
import { evidence, lensText, semicolonChain, verdict } from './lens-helpers';
import type { Stakeholder } from '../model/deal-schema';
import type { CriterionEvidence, CriterionVerdict, LensContext } from './lens-types';

function nameOf(context: LensContext, id: string): string {
  return context.facts.findStakeholder(id)?.name ?? id;
}

function describeThreat(context: LensContext, threat: SaboteurThreat): MessageRef {
  const target = nameOf(context, threat.path.toId);
  const ally = threat.strongestAlly;
  if (ally === null) return lensText('saboteurs.no-ally-reaches', { target });
  const backer = ally.fromId === threat.path.toId ? lensText('saboteurs.own-support', { target }) : nameOf(context, ally.fromId);
  const values = { backer, target, ally: ally.reach, saboteur: threat.path.reach };
  return lensText(threat.checked ? 'saboteurs.checked' : 'saboteurs.outweighed', values);
}

/** Names up to three people of unknown stance; with more, the most influential first. */
function learnStances(unknown: readonly Stakeholder[]): MessageRef {
  const first = mostInfluential(unknown);
  if (unknown.length > 3 && first !== undefined) {
    return lensText('saboteurs.next-learn-many', { count: unknown.length, person: first.name });
  }
  return lensText('saboteurs.next-learn', { people: unknown.map((person) => person.name), count: unknown.length });
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
      evidence(lensText('saboteurs.works-against', { person: describeStakeholder(saboteur), threats: semicolonChain(threats.map((threat) => describeThreat(context, threat))) }), ids),
    );
  }
  for (const dm of facts.saboteurDecisionMakers) {
    found.push(evidence(lensText('saboteurs.decides-against', { person: describeStakeholder(dm) }), [dm]));
  }
  for (const person of facts.stakeholders) {
    if (person.stance === 'saboteur' && person.role !== 'decision-maker' && !reaching.has(person.id)) {
      found.push(evidence(lensText('saboteurs.reaches-nobody', { person: describeStakeholder(person) }), [person]));
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
      lensText('saboteurs.next-outweigh', { target, reach: strongest.path.reach, saboteur: unchecked.saboteur.name }),
    );
  }
  const saboteurDecisionMaker = facts.saboteurDecisionMakers[0];
  if (saboteurDecisionMaker !== undefined) {
    return verdict('missing', found, lensText('saboteurs.next-meet', { person: saboteurDecisionMaker.name }));
  }
  if (known === 0) {
    return verdict('missing', found, lensText('saboteurs.next-map', { account: deal.account }));
  }
  if (unknown.length > 0) {
    found.push(evidence(lensText('saboteurs.stances-unknown', { unknown: unknown.length, total: facts.stakeholders.length }), unknown));
    return verdict('identified', found, learnStances(unknown));
  }
  if (found.length === 0) {
    found.push(evidence(lensText('saboteurs.none')));
  }
  return verdict('validated', found, null);
}

