// Skeptical decision-makers: the strongest pull against the deal on each, and whether an ally answers it.
import type { Stakeholder } from '../model/deal-schema';
import type { InfluenceAnalysis } from './influence';
import type { InfluenceGraph } from './influence-graph';
import { compareInfluencePaths, selfReach, strongestPathsFrom, type InfluencePath } from './influence-paths';

/*
 * The Influence model's reach, read for skeptics (docs/engine-rules.md "Influence model"): a decision-maker of
 * stance skeptic pulls against the deal on themself with their influence times 3 (the same
 * self-reach an ally decision-maker has for it), and every other skeptic or saboteur pulls on them
 * with their own reach (strongest path's weakest relation times their influence). The skeptic is
 * answered when the strongest ally reach to them is at least the strongest of these pulls (a tie
 * is answered), exactly as a saboteur's path is checked.
 */

export interface SkepticDecisionMaker {
  readonly decisionMaker: Stakeholder;
  /** The strongest pull against the deal on them: their own doubts, or another skeptic's or saboteur's path. */
  readonly pull: InfluencePath;
  /** The strongest ally reach to them, or null when no ally reaches them. */
  readonly strongestAlly: InfluencePath | null;
  /** True when `strongestAlly.reach >= pull.reach`. */
  readonly answered: boolean;
}

function pullsAgainst(stance: Stakeholder['stance']): boolean {
  return stance === 'skeptic' || stance === 'saboteur';
}

/** Every skeptical decision-maker in deal order, answered or not. */
export function skepticDecisionMakers(graph: InfluenceGraph, influence: InfluenceAnalysis): SkepticDecisionMaker[] {
  const skeptics = graph.stakeholders.filter((person) => person.role === 'decision-maker' && person.stance === 'skeptic');
  if (skeptics.length === 0) return [];
  const targetIds = skeptics.map((dm) => dm.id);
  const pulls = new Map<string, InfluencePath[]>(skeptics.map((dm) => [dm.id, [selfReach(dm)]]));
  for (const person of graph.stakeholders) {
    if (!pullsAgainst(person.stance)) continue;
    for (const [targetId, path] of strongestPathsFrom(graph, person.id, targetIds)) pulls.get(targetId)?.push(path);
  }
  return skeptics.map((decisionMaker) => {
    const pull = (pulls.get(decisionMaker.id) ?? [selfReach(decisionMaker)]).sort(compareInfluencePaths)[0] ?? selfReach(decisionMaker);
    const strongestAlly = influence.decisionMakers.find((dm) => dm.decisionMakerId === decisionMaker.id)?.allyReaches[0] ?? null;
    return { decisionMaker, pull, strongestAlly, answered: strongestAlly !== null && strongestAlly.reach >= pull.reach };
  });
}
