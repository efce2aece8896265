// The influence model: who reaches which decision-maker, and whether each saboteur is checked by an ally.
import type { Deal, Stakeholder } from '../model/deal-schema';
import { isAlly } from '../model/vocabulary';
import { buildInfluenceGraph, type InfluenceGraph } from './influence-graph';
import {
  compareInfluencePaths,
  selfReach,
  strongestPathsFrom,
  type InfluencePath,
} from './influence-paths';

export { buildInfluenceGraph, compareIds, type InfluenceGraph } from './influence-graph';
export {
  compareInfluencePaths,
  SELF_REACH_STRENGTH,
  selfReach,
  strongestPath,
  strongestPathsFrom,
  type InfluencePath,
} from './influence-paths';

/*
 * Influence model (docs/engine-rules.md "Influence model")
 *
 * - Only `influences` relations carry influence; `reports-to` is the org chart only.
 * - A path is a directed sequence of distinct stakeholders, each influencing the next through an
 *   `influences` relation; it is at least one relation long (nobody has a path to themself).
 * - A path's strength is its weakest relation's strength (1 to 3).
 * - A stakeholder's reach to a decision-maker is the strength of their strongest path to them
 *   (the widest path: the largest weakest-relation over all paths) times their own influence
 *   (1 to 5): 1 to 15. No path, no reach.
 * - A decision-maker whose own stance is supporter or champion reaches themself, as an ally,
 *   with their influence times 3.
 * - An ally is a supporter or champion. A saboteur's path to a decision-maker is checked when an
 *   ally reaches that decision-maker at least as strongly: ally reach >= saboteur reach (a tie is
 *   checked). Otherwise it is unchecked.
 * - Ties between equally strong paths: fewer relations, then the smaller sequence of stakeholder
 *   ids (compared id by id, by code unit); between two relations joining the same two people, the
 *   stronger, then the smaller relation id. Among allies, the highest reach wins, then the same
 *   order (so a self-reach, with no relation, wins a tie).
 * - The search is a breadth-first search per strength level (3, then 2, then 1) from each ally and
 *   each saboteur, so it visits every relation at most three times per source and ends on cycles.
 *
 * Example: Anna (a supporter, influence 4) influences Per with strength 3, Per influences Eva (a
 * decision-maker) with strength 1, and Anna influences Eva directly with strength 2. Anna's two
 * paths to Eva have strengths min(3, 1) = 1 and 2, so her reach to Eva is 2 x 4 = 8, through the
 * direct relation. A saboteur of influence 4 who influences Eva with strength 2 has reach 8 too:
 * checked, since 8 >= 8. With strength 3 the saboteur's reach is 12: unchecked.
 */

/** Everyone on our side who reaches one decision-maker. */
export interface DecisionMakerInfluence {
  readonly decisionMakerId: string;
  /** One reach per ally (the decision-maker's self-reach included), strongest first. */
  readonly allyReaches: readonly InfluencePath[];
}

/** A saboteur's strongest path to one decision-maker and the ally who answers it, if any. */
export interface SaboteurThreat {
  readonly path: InfluencePath;
  readonly strongestAlly: InfluencePath | null;
  /** True when `strongestAlly.reach >= path.reach`. */
  readonly checked: boolean;
}

export interface SaboteurInfluence {
  readonly saboteurId: string;
  /** One per decision-maker the saboteur reaches, in deal order. */
  readonly threats: readonly SaboteurThreat[];
}

export interface InfluenceAnalysis {
  /** Every decision-maker, in deal order. */
  readonly decisionMakers: readonly DecisionMakerInfluence[];
  /** The saboteurs who reach at least one decision-maker, in deal order. */
  readonly saboteurs: readonly SaboteurInfluence[];
}

function isDecisionMaker(stakeholder: Stakeholder): boolean {
  return stakeholder.role === 'decision-maker';
}

/** Applies the influence model to a deal's stakeholders and relations. */
export function analyzeInfluence(deal: Pick<Deal, 'stakeholders' | 'relations'>): InfluenceAnalysis {
  return analyzeInfluenceGraph(buildInfluenceGraph(deal));
}

/** The same, on a graph already built (the engine builds it once per deal). */
export function analyzeInfluenceGraph(graph: InfluenceGraph): InfluenceAnalysis {
  const decisionMakerIds = graph.stakeholders.filter(isDecisionMaker).map((dm) => dm.id);
  if (decisionMakerIds.length === 0) return { decisionMakers: [], saboteurs: [] };

  const allyReaches = new Map<string, InfluencePath[]>(decisionMakerIds.map((id) => [id, []]));
  for (const ally of graph.stakeholders) {
    if (!isAlly(ally.stance)) continue;
    if (isDecisionMaker(ally)) allyReaches.get(ally.id)?.push(selfReach(ally));
    for (const [decisionMakerId, path] of strongestPathsFrom(graph, ally.id, decisionMakerIds)) {
      allyReaches.get(decisionMakerId)?.push(path);
    }
  }
  const decisionMakers = decisionMakerIds.map((decisionMakerId) => ({
    decisionMakerId,
    allyReaches: (allyReaches.get(decisionMakerId) ?? []).sort(compareInfluencePaths),
  }));

  const saboteurs: SaboteurInfluence[] = [];
  for (const saboteur of graph.stakeholders) {
    if (saboteur.stance !== 'saboteur') continue;
    const paths = strongestPathsFrom(graph, saboteur.id, decisionMakerIds);
    const threats: SaboteurThreat[] = [];
    for (const decisionMakerId of decisionMakerIds) {
      const path = paths.get(decisionMakerId);
      if (path === undefined) continue;
      const strongestAlly = allyReaches.get(decisionMakerId)?.[0] ?? null;
      const checked = strongestAlly !== null && strongestAlly.reach >= path.reach;
      threats.push({ path, strongestAlly, checked });
    }
    if (threats.length > 0) saboteurs.push({ saboteurId: saboteur.id, threats });
  }
  return { decisionMakers, saboteurs };
}
