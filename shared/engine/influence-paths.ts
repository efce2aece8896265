// Widest (max-min) paths over a deal's `influences` relations, with deterministic tie-breaks.
import type { Stakeholder } from '../model/deal-schema';
import { compareIds, type InfluenceEdge, type InfluenceGraph } from './influence-graph';

/** One way a stakeholder's influence reaches another (see the model in influence.ts). */
export interface InfluencePath {
  readonly fromId: string;
  readonly toId: string;
  /** From `fromId` to `toId`, both included; just `[fromId]` for a decision-maker's self-reach. */
  readonly stakeholderIds: readonly string[];
  /** The `influences` relations walked, in order; empty for a self-reach. */
  readonly relationIds: readonly string[];
  /** The weakest relation strength on the path (1 to 3); 3 for a self-reach. */
  readonly strength: number;
  /** `strength` times the influence (1 to 5) of `fromId`: 1 to 15. */
  readonly reach: number;
}

/** The strength a self-reaching decision-maker gets: the strongest a relation can be. */
export const SELF_REACH_STRENGTH = 3;

function compareIdLists(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const order = compareIds(a[index] ?? '', b[index] ?? '');
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** Strongest first: higher reach, then fewer relations, then smaller stakeholder ids, then relation ids. */
export function compareInfluencePaths(a: InfluencePath, b: InfluencePath): number {
  return (
    b.reach - a.reach ||
    a.relationIds.length - b.relationIds.length ||
    compareIdLists(a.stakeholderIds, b.stakeholderIds) ||
    compareIdLists(a.relationIds, b.relationIds)
  );
}

/** A decision-maker who is an ally reaches themself with their influence times 3. */
export function selfReach(stakeholder: Stakeholder): InfluencePath {
  return {
    fromId: stakeholder.id,
    toId: stakeholder.id,
    stakeholderIds: [stakeholder.id],
    relationIds: [],
    strength: SELF_REACH_STRENGTH,
    reach: stakeholder.influence * SELF_REACH_STRENGTH,
  };
}

/**
 * The strongest path from `fromId` to each target it reaches (all stakeholders when `targetIds`
 * is omitted). One breadth-first search per strength level, strongest first: the first level at
 * which a target is reached is its widest-path strength, and breadth-first order over id-sorted
 * relations yields the fewest-relations, then lexicographically smallest, path at that level.
 */
export function strongestPathsFrom(
  graph: InfluenceGraph,
  fromId: string,
  targetIds?: Iterable<string>,
): Map<string, InfluencePath> {
  const found = new Map<string, InfluencePath>();
  const source = graph.indexOf.get(fromId);
  if (source === undefined || graph.outgoing[source]?.length === 0) return found;
  const { wanted, seen, queue, parentNode, parentEdge } = graph.buffers;
  wanted.fill(false);
  let remaining = 0;
  for (const id of targetIds ?? graph.indexOf.keys()) {
    const index = graph.indexOf.get(id);
    if (index === undefined || index === source || wanted[index] === true) continue;
    wanted[index] = true;
    remaining += 1;
  }
  for (const minStrength of graph.strengthLevels) {
    if (remaining === 0) break;
    seen.fill(false);
    seen[source] = true;
    queue[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail && remaining > 0) {
      const node = queue[head] ?? source;
      head += 1;
      for (const edge of graph.outgoing[node] ?? []) {
        if (edge.strength < minStrength || seen[edge.to] === true) continue;
        seen[edge.to] = true;
        parentEdge[edge.to] = edge;
        parentNode[edge.to] = node;
        queue[tail] = edge.to;
        tail += 1;
        if (wanted[edge.to] === true) {
          wanted[edge.to] = false;
          remaining -= 1;
          const path = tracePath(graph, source, edge.to, parentNode, parentEdge);
          found.set(path.toId, path);
        }
      }
    }
  }
  return found;
}

function tracePath(
  graph: InfluenceGraph,
  source: number,
  target: number,
  parentNode: readonly number[],
  parentEdge: readonly (InfluenceEdge | undefined)[],
): InfluencePath {
  const stakeholderIds: string[] = [];
  const relationIds: string[] = [];
  let strength = SELF_REACH_STRENGTH;
  let node = target;
  while (node !== source) {
    const edge = parentEdge[node];
    if (edge === undefined) break;
    stakeholderIds.push(graph.stakeholders[node]?.id ?? '');
    relationIds.push(edge.relationId);
    strength = Math.min(strength, edge.strength);
    node = parentNode[node] ?? source;
  }
  const from = graph.stakeholders[source];
  stakeholderIds.push(from?.id ?? '');
  stakeholderIds.reverse();
  relationIds.reverse();
  return {
    fromId: from?.id ?? '',
    toId: graph.stakeholders[target]?.id ?? '',
    stakeholderIds,
    relationIds,
    strength,
    reach: strength * (from?.influence ?? 0),
  };
}

/** The strongest path from one stakeholder to another, or null when there is none. */
export function strongestPath(graph: InfluenceGraph, fromId: string, toId: string): InfluencePath | null {
  return strongestPathsFrom(graph, fromId, [toId]).get(toId) ?? null;
}
