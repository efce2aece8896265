// The map's arrow routes, computed in the map worker: the page draws straight previews until they arrive.
import { useEffect, useMemo, useState } from 'react';
import type { StakeholderPositions } from '../../shared/layout/auto-layout';
import { mapRouteRequests } from '../../shared/layout/map-routes';
import { routeEdges } from '../../shared/layout/route-edges';
import type { Route } from '../../shared/layout/route-types';
import type { Deal } from '../../shared/model/deal-schema';
import { askMapWorker, hasMapWorker } from './map-worker-client';

/** Routes keyed by relation id, and the card positions they were routed for. */
export interface RoutedMap {
  readonly routes: ReadonlyMap<string, Route>;
  readonly positions: StakeholderPositions;
}

const NONE: RoutedMap = { routes: new Map(), positions: {} };
const REMEMBERED = 8;
/** Recent answers, so reopening a map (or undoing a move) draws its routes at once. */
const remembered = new Map<string, RoutedMap>();

function remember(key: string, routed: RoutedMap): void {
  remembered.delete(key);
  remembered.set(key, routed);
  if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value ?? '');
}

export function useMapRoutes(deal: Pick<Deal, 'stakeholders' | 'relations'>, positions: StakeholderPositions): RoutedMap {
  const requests = useMemo(() => mapRouteRequests(deal), [deal]);
  // Edits that move nobody and link nobody new keep the same key, so they route nothing again.
  const key = useMemo(() => JSON.stringify([positions, requests]), [positions, requests]);
  const inPage = !hasMapWorker();
  const [arrived, setArrived] = useState<{ key: string; routed: RoutedMap } | null>(null);
  const known = remembered.get(key);
  const here = useMemo(() => {
    if (!inPage || known) return null;
    // No worker (a test DOM): route in this thread.
    const routed = { routes: routeEdges(positions, requests), positions };
    remember(key, routed);
    return routed;
  }, [inPage, known, key, positions, requests]);
  const [last, setLast] = useState<RoutedMap>(NONE);

  useEffect(() => {
    if (inPage || remembered.has(key)) return;
    let current = true;
    void askMapWorker({ kind: 'route', positions, requests })?.then((answer) => {
      if (!('routes' in answer)) return;
      const routed = { routes: new Map(answer.routes), positions };
      remember(key, routed);
      if (current) setArrived({ key, routed });
    });
    return () => {
      current = false;
    };
  }, [inPage, key, positions, requests]);

  const shown = known ?? here ?? (arrived?.key === key ? arrived.routed : null);
  // Until the new routes arrive, the last ones stay: arrows whose cards did not move keep their route.
  if (shown && shown !== last) setLast(shown);
  return shown ?? last;
}
