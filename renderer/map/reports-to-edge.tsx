// An org-chart line from a manager to a report, along its route around the cards.
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { routedArrow } from '../../shared/layout/route-arrow';
import type { ReportsToEdge as ReportsToEdgeType } from './map-types';
import { useEdgeRoute } from './use-edge-route';
import { sameEdgeProps } from './same-edge-props';

function ReportsToEdgeView(props: EdgeProps<ReportsToEdgeType>) {
  const route = useEdgeRoute(props, props.data);
  return <BaseEdge id={props.id} path={routedArrow(route, null).path} interactionWidth={16} />;
}

export const ReportsToEdge = memo(ReportsToEdgeView, sameEdgeProps);
