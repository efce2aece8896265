// The arrows of a deal's map as routing requests: org-chart lines from manager to report, influence from its source.
import type { Deal, Position } from '../model/deal-schema';
import { routeEdges, type RouteRequest } from './route-edges';
import type { Route } from './route-types';

/** One request per relation between two different people of the deal. */
export function mapRouteRequests(deal: Pick<Deal, 'stakeholders' | 'relations'>): RouteRequest[] {
  const known = new Set(deal.stakeholders.map((s) => s.id));
  return deal.relations
    .filter((r) => r.from !== r.to && known.has(r.from) && known.has(r.to))
    .map((r) => (r.kind === 'reports-to' ? { id: r.id, from: r.to, to: r.from } : { id: r.id, from: r.from, to: r.to }));
}

/** Every relation's route at the given positions, keyed by relation id. */
export function routeDeal(deal: Pick<Deal, 'stakeholders' | 'relations'>, positions: Readonly<Record<string, Position>>): Map<string, Route> {
  return routeEdges(positions, mapRouteRequests(deal));
}
