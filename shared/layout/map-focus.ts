// What the map stresses: a saboteur's whole path to a decision-maker, and the paths in and out of one person.
import type { Deal } from '../model/deal-schema';

type MapDeal = Pick<Deal, 'stakeholders' | 'relations'>;

/** Everyone reachable from `starts` along influence, forwards (`down`) or against its direction. */
function reach(deal: MapDeal, starts: readonly string[], forwards: boolean): Set<string> {
  // Each person's next steps, listed once: a walk over every relation per person took O(people × relations).
  const next = new Map<string, string[]>();
  for (const relation of deal.relations) {
    if (relation.kind !== 'influences') continue;
    const [from, to] = forwards ? [relation.from, relation.to] : [relation.to, relation.from];
    const steps = next.get(from);
    if (steps) steps.push(to);
    else next.set(from, [to]);
  }
  const seen = new Set(starts);
  const queue = [...starts];
  for (let at = 0; at < queue.length; at += 1) {
    for (const to of next.get(queue[at] ?? '') ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return seen;
}

/**
 * The influence relations on some path from a saboteur to a decision-maker: the saboteur's
 * pull carries along every one of them, so the map draws them all hostile.
 */
export function hostileRelationIds(deal: MapDeal): Set<string> {
  const saboteurs = deal.stakeholders.filter((s) => s.stance === 'saboteur').map((s) => s.id);
  const deciders = deal.stakeholders.filter((s) => s.role === 'decision-maker').map((s) => s.id);
  if (saboteurs.length === 0) return new Set();
  const fromSaboteur = reach(deal, saboteurs, true);
  const toDecider = reach(deal, deciders, false);
  const saboteurSet = new Set(saboteurs);
  return new Set(
    deal.relations
      .filter((r) => r.kind === 'influences' && fromSaboteur.has(r.from) && (toDecider.has(r.to) || saboteurSet.has(r.from)))
      .map((r) => r.id),
  );
}

export interface PersonFocus {
  /** The person, everyone whose influence reaches them and everyone they reach, and their managers and reports. */
  readonly people: ReadonlySet<string>;
  /** The relations on those paths. */
  readonly relations: ReadonlySet<string>;
}

/** The paths into and out of one person: what stays lit when they are focused. */
export function personFocus(deal: MapDeal, id: string): PersonFocus {
  const upstream = reach(deal, [id], false);
  const downstream = reach(deal, [id], true);
  const people = new Set([...upstream, ...downstream]);
  const relations = new Set<string>();
  for (const relation of deal.relations) {
    const inflow = relation.kind === 'influences' && upstream.has(relation.from) && upstream.has(relation.to);
    const outflow = relation.kind === 'influences' && downstream.has(relation.from) && downstream.has(relation.to);
    const ownLine = relation.kind === 'reports-to' && (relation.from === id || relation.to === id);
    if (inflow || outflow || ownLine) {
      relations.add(relation.id);
      people.add(relation.from);
      people.add(relation.to);
    }
  }
  return { people, relations };
}
