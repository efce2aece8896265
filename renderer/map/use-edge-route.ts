// The route an edge draws: its routed path while both cards stay where it was routed, else a straight preview.
import { useInternalNode } from '@xyflow/react';
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
  const sourceNode = useInternalNode(ends.source);
  const targetNode = useInternalNode(ends.target);
  const from = sourceNode?.internals.positionAbsolute;
  const to = targetNode?.internals.positionAbsolute;
  const routedFor = data?.routedFor;
  const fresh =
    data?.route && routedFor && from && to &&
    routedFor[0].x === from.x && routedFor[0].y === from.y && routedFor[1].x === to.x && routedFor[1].y === to.y;
  if (fresh && data.route) return data.route;
  return [
    { x: ends.sourceX, y: ends.sourceY },
    { x: ends.targetX, y: ends.targetY },
  ];
}
