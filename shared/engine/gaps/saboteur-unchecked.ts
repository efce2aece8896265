// Gap rule: saboteur-unchecked, a saboteur who sways a decision-maker more than any ally does.
import type { DealFacts } from '../deal-facts';
import type { SaboteurThreat } from '../influence';
import { joinWithAnd } from '../message-text';
import type { InfluencePathRef } from '../types';
import { describeStakeholder } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

/** "Eva Berg: 12 against 3 for Karin Holm, the strongest ally", the numbers of the Influence model. */
function describeReach(facts: DealFacts, threat: SaboteurThreat): string {
  const target = facts.findStakeholder(threat.path.toId)?.name ?? threat.path.toId;
  const ally = threat.strongestAlly;
  if (ally === null) return `${target}: ${threat.path.reach} against none`;
  const backer =
    ally.fromId === threat.path.toId
      ? `${target}'s own support`
      : `${facts.findStakeholder(ally.fromId)?.name ?? ally.fromId}, the strongest ally`;
  return `${target}: ${threat.path.reach} against ${ally.reach} for ${backer}`;
}

function describeTarget(facts: DealFacts, threat: SaboteurThreat): string {
  const decisionMaker = facts.findStakeholder(threat.path.toId);
  return decisionMaker === undefined ? threat.path.toId : describeStakeholder(decisionMaker);
}

/** Each unchecked threat's saboteur path, then the strongest ally's path that fails to match it. */
function threatPaths(threats: readonly SaboteurThreat[]): InfluencePathRef[] {
  const paths: InfluencePathRef[] = [];
  for (const { path, strongestAlly } of threats) {
    paths.push({ stakeholderIds: path.stakeholderIds, relationIds: path.relationIds });
    if (strongestAlly !== null) {
      paths.push({ stakeholderIds: strongestAlly.stakeholderIds, relationIds: strongestAlly.relationIds });
    }
  }
  return paths;
}

function uniqueInOrder(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

export const saboteurUnchecked: GapRule = ({ facts }) =>
  facts.uncheckedSaboteurs.map(({ saboteur, threats }) => {
    const strongest = threats.reduce((best, threat) => (threat.path.reach > best.path.reach ? threat : best));
    const target = facts.findStakeholder(strongest.path.toId)?.name ?? strongest.path.toId;
    return makeGap('saboteur-unchecked', {
      perStakeholderId: saboteur.id,
      message:
        `${describeStakeholder(saboteur)} works against the deal and has more sway over ` +
        `${joinWithAnd(threats.map((threat) => describeTarget(facts, threat)))} than any supporter or champion. ` +
        `Reach to ${threats.map((threat) => describeReach(facts, threat)).join('; to ')} (reach = influence × the weakest link of the path)`,
      nextAction:
        `Get someone with at least as much sway over ${target} (reach ${strongest.path.reach} or more) ` +
        `on your side, or meet ${saboteur.name} to hear out the objections`,
      stakeholderIds: uniqueInOrder(threats.flatMap((threat) => threat.path.stakeholderIds)),
      relationIds: uniqueInOrder(threats.flatMap((threat) => threat.path.relationIds)),
      paths: threatPaths(threats),
    });
  });
