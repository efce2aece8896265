// Gap rule: saboteur-unchecked, a saboteur who sways a decision-maker more than any ally does.
import type { DealFacts } from '../deal-facts';
import type { SaboteurThreat } from '../influence';
import type { MessageRef } from '../../i18n/message-ref';
import type { InfluencePathRef } from '../types';
import { describeStakeholder } from '../stakeholder-names';
import { gapText, makeGap, type GapRule } from './gap-rule';

/** "Eva Berg: 12 against 3 for Karin Holm, the strongest ally", the numbers of the Influence model. */
function describeReach(facts: DealFacts, threat: SaboteurThreat): MessageRef {
  const target = facts.findStakeholder(threat.path.toId)?.name ?? threat.path.toId;
  const ally = threat.strongestAlly;
  if (ally === null) return gapText('saboteur-unchecked.reach-unanswered', { target, reach: threat.path.reach });
  const backer =
    ally.fromId === threat.path.toId
      ? gapText('saboteur-unchecked.backer-self', { target })
      : gapText('saboteur-unchecked.backer-ally', { ally: facts.findStakeholder(ally.fromId)?.name ?? ally.fromId });
  return gapText('saboteur-unchecked.reach', { target, reach: threat.path.reach, allyReach: ally.reach, backer });
}

/** "A; to B; to C": each reach after the first is chained to the ones before. */
function chainReaches(reaches: readonly MessageRef[]): MessageRef | string {
  const [first, ...rest] = reaches;
  if (first === undefined) return '';
  return rest.reduce((before, reach) => gapText('saboteur-unchecked.reach-chain', { before, reach }), first);
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
      message: gapText('saboteur-unchecked.message', {
        saboteur: describeStakeholder(saboteur),
        decisionMakers: threats.map((threat) => describeTarget(facts, threat)),
        reaches: chainReaches(threats.map((threat) => describeReach(facts, threat))),
      }),
      nextAction: gapText('saboteur-unchecked.next', { target, reach: strongest.path.reach, saboteur: saboteur.name }),
      stakeholderIds: uniqueInOrder(threats.flatMap((threat) => threat.path.stakeholderIds)),
      relationIds: uniqueInOrder(threats.flatMap((threat) => threat.path.relationIds)),
      paths: threatPaths(threats),
    });
  });
