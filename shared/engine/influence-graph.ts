// A deal's `influences` relations as an indexed graph, ready for the widest-path search.
import type { Deal, Stakeholder } from '../model/deal-schema';

/** One usable `influences` relation, from the stakeholder whose adjacency list holds it. */
export interface InfluenceEdge {
  readonly relationId: string;
  readonly to: number;
  readonly toId: string;
  readonly strength: number;
}

/** A deal's stakeholders by index and its usable `influences` relations as adjacency lists. */
export interface InfluenceGraph {
  /** Unique by id (the first of duplicates wins), in deal order. */
  readonly stakeholders: readonly Stakeholder[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Per stakeholder index: outgoing relations sorted by target id, strongest first, then relation id. */
  readonly outgoing: readonly (readonly InfluenceEdge[])[];
  /** The relation strengths present, strongest first: the levels worth searching. */
  readonly strengthLevels: readonly number[];
  /** Working memory of the searches: allocated once per graph, not once per source. */
  readonly buffers: SearchBuffers;
}

/** Per stakeholder index; overwritten by each search. */
export interface SearchBuffers {
  readonly wanted: boolean[];
  readonly seen: boolean[];
  readonly queue: number[];
  readonly parentNode: number[];
  readonly parentEdge: (InfluenceEdge | undefined)[];
}

function searchBuffers(count: number): SearchBuffers {
  const buffers: SearchBuffers = { wanted: [], seen: [], queue: [], parentNode: [], parentEdge: [] };
  for (let index = 0; index < count; index += 1) {
    buffers.wanted.push(false);
    buffers.seen.push(false);
    buffers.queue.push(0);
    buffers.parentNode.push(0);
    buffers.parentEdge.push(undefined);
  }
  return buffers;
}

/** Orders strings by UTF-16 code units, never by locale, so results match on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function usableStrength(strength: number | undefined): number | null {
  return strength !== undefined && Number.isInteger(strength) && strength >= 1 && strength <= 3
    ? strength
    : null;
}

/** Keeps `influences` relations between two different known stakeholders with a strength of 1 to 3. */
export function buildInfluenceGraph(deal: Pick<Deal, 'stakeholders' | 'relations'>): InfluenceGraph {
  const stakeholders: Stakeholder[] = [];
  const indexOf = new Map<string, number>();
  for (const stakeholder of deal.stakeholders) {
    if (indexOf.has(stakeholder.id)) continue;
    indexOf.set(stakeholder.id, stakeholders.length);
    stakeholders.push(stakeholder);
  }
  const outgoing: InfluenceEdge[][] = stakeholders.map(() => []);
  const present = [false, false, false, false];
  for (const relation of deal.relations) {
    if (relation.kind !== 'influences') continue;
    const strength = usableStrength(relation.strength);
    const from = indexOf.get(relation.from);
    const to = indexOf.get(relation.to);
    if (strength === null || from === undefined || to === undefined || from === to) continue;
    outgoing[from]?.push({ relationId: relation.id, to, toId: relation.to, strength });
    present[strength] = true;
  }
  for (const edges of outgoing) {
    if (edges.length > 1) edges.sort(compareEdges);
  }
  const strengthLevels = [3, 2, 1].filter((strength) => present[strength]);
  return { stakeholders, indexOf, outgoing, strengthLevels, buffers: searchBuffers(stakeholders.length) };
}

function compareEdges(a: InfluenceEdge, b: InfluenceEdge): number {
  return compareIds(a.toId, b.toId) || b.strength - a.strength || compareIds(a.relationId, b.relationId);
}

