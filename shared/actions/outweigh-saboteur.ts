// Candidates: strengthen an ally's influence path until it matches a saboteur's (saboteur-unchecked).
import { messageRef } from '../i18n/message-ref';
import type { DealFacts } from '../engine/deal-facts';
import type { SaboteurThreat } from '../engine/influence';
import { SELF_REACH_STRENGTH } from '../engine/influence';
import type { Stakeholder } from '../model/deal-schema';
import { isAlly } from '../model/vocabulary';
import type { WhatIfMove } from '../whatif/what-if-move';
import type { ActionCandidate, CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder } from './candidate-helpers';

/** How one ally could match one threat: relations to strengthen, or a new direct influence. */
interface Reinforcement {
  readonly ally: Stakeholder;
  readonly strength: number;
  /** Relations of the ally's strongest path weaker than `strength`; null when the ally has no path. */
  readonly weakRelationIds: readonly string[] | null;
}

function cost(option: Reinforcement): number {
  return option.weakRelationIds?.length ?? 1;
}

/**
 * The cheapest ally to match the threat: fewest relations to change, then the most influential,
 * then deal order. An ally of influence i reaches at most i x 3, so weaker allies cannot help.
 */
function reinforcementFor(facts: DealFacts, saboteur: Stakeholder, threat: SaboteurThreat, strengths: ReadonlyMap<string, number>): Reinforcement | null {
  const decisionMakerId = threat.path.toId;
  const reaches = facts.influence.decisionMakers.find((dm) => dm.decisionMakerId === decisionMakerId)?.allyReaches ?? [];
  let best: Reinforcement | null = null;
  for (const ally of facts.stakeholders) {
    if (!isAlly(ally.stance) || ally.id === saboteur.id || ally.id === decisionMakerId) continue;
    const strength = Math.ceil(threat.path.reach / ally.influence);
    if (strength > SELF_REACH_STRENGTH) continue;
    const path = reaches.find((reach) => reach.fromId === ally.id);
    const weakRelationIds = path === undefined ? null : path.relationIds.filter((id) => (strengths.get(id) ?? 0) < strength);
    const option = { ally, strength, weakRelationIds };
    if (best === null || cost(option) < cost(best) || (cost(option) === cost(best) && ally.influence > best.ally.influence)) {
      best = option;
    }
  }
  return best;
}

function movesFor(option: Reinforcement, decisionMakerId: string): WhatIfMove[] {
  if (option.weakRelationIds === null) {
    return [{ kind: 'add-influence', from: option.ally.id, to: decisionMakerId, strength: option.strength }];
  }
  return option.weakRelationIds.map((relationId) => ({ kind: 'set-relation-strength', relationId, strength: option.strength }));
}

/** One move per relation, the strongest asked for: two threats may share a relation. */
function mergeMoves(moves: readonly WhatIfMove[]): WhatIfMove[] {
  const merged = new Map<string, WhatIfMove>();
  for (const move of moves) {
    const key = move.kind === 'set-relation-strength' ? move.relationId : JSON.stringify(move);
    const earlier = merged.get(key);
    if (earlier?.kind === 'set-relation-strength' && move.kind === 'set-relation-strength' && earlier.strength >= move.strength) continue;
    merged.set(key, move);
  }
  return [...merged.values()];
}

export const outweighSaboteur: CandidateGenerator = ({ deal, facts }) => {
  if (facts.uncheckedSaboteurs.length === 0) return [];
  const strengths = new Map(deal.relations.map((relation) => [relation.id, relation.strength ?? 0]));
  return facts.uncheckedSaboteurs.flatMap(({ saboteur, threats }): ActionCandidate[] => {
    const moves: WhatIfMove[] = [];
    const allies: Stakeholder[] = [];
    const targets: string[] = [];
    for (const threat of threats) {
      const option = reinforcementFor(facts, saboteur, threat, strengths);
      if (option === null) continue;
      moves.push(...movesFor(option, threat.path.toId));
      if (!allies.includes(option.ally)) allies.push(option.ally);
      targets.push(threat.path.toId);
    }
    if (moves.length === 0) return [];
    return [
      {
        id: candidateId('outweigh-saboteur', [saboteur.id]),
        kind: 'outweigh-saboteur',
        title: messageRef('actions.outweigh-saboteur.title', {
          saboteur: describeStakeholder(saboteur),
          allies: allies.map((ally) => ally.name),
          targets: targets.map((id) => facts.findStakeholder(id)?.name ?? id),
        }),
        stakeholderIds: [saboteur.id, ...allies.map((ally) => ally.id), ...targets],
        moves: mergeMoves(moves),
      },
    ];
  });
};
