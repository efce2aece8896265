// The route an edge draws: its routed path while both cards stay where it was routed, else a straight preview.
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback } from 'react';
import type { Route } from '../../shared/layout/route-types';
import type { RoutedEdgeData } from './map-types';

interface EdgeEnds {
  readonly source: string;
  readonly target: string;
  readonly sourceX: number;
  readonly sourceY: number;
  readonly targetX: number;
  readonly targetY: number;
}

/** The route, or while a card is dragged (the route is stale) a straight line between the handles. */
export function useEdgeRoute(ends: EdgeEnds, data: RoutedEdgeData | undefined): Route {
  const { source, target } = ends;
  const route = data?.route ?? null;
  const routedFor = data?.routedFor ?? null;
  // One selector with a yes/no answer: it runs on every pan/zoom frame, so it compares no objects.
  const fresh = useStore(
    useCallback(
      (s: ReactFlowState) => {
        if (!route || !routedFor) return false;
        const from = s.nodeLookup.get(source)?.internals.positionAbsolute;
        const to = s.nodeLookup.get(target)?.internals.positionAbsolute;
        return from !== undefined && to !== undefined && routedFor[0].x === from.x && routedFor[0].y === from.y && routedFor[1].x === to.x && routedFor[1].y === to.y;
      },
      [route, routedFor, source, target],
    ),
  );
  if (fresh && route) return route;
  return [
    { x: ends.sourceX, y: ends.sourceY },
    { x: ends.targetX, y: ends.targetY },
  ];
}
