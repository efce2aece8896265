// An influence arrow between two cards: width by strength, hostile (red, dashed) from a saboteur.
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { floatingPath, type Box } from './floating-geometry';
import { HOSTILE_COLOUR, INFLUENCE_COLOUR } from './map-elements';
import type { InfluenceEdge as InfluenceEdgeType } from './map-types';

const STROKE_WIDTHS: Record<number, number> = { 1: 1.5, 2: 3, 3: 4.5 };

function boxOf(node: InternalNode): Box {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? 220,
    height: node.measured.height ?? 110,
  };
}

function InfluenceEdgeView({ id, source, target, data, markerEnd, selected }: EdgeProps<InfluenceEdgeType>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode || !data) return null;
  const { path, labelX, labelY } = floatingPath(boxOf(sourceNode), boxOf(targetNode));
  const colour = data.hostile ? HOSTILE_COLOUR : INFLUENCE_COLOUR;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={24}
        style={{
          stroke: colour,
          strokeWidth: (STROKE_WIDTHS[data.strength] ?? 1.5) + (selected ? 1 : 0),
          strokeDasharray: data.hostile ? '7 5' : undefined,
        }}
      />
      {data.hostile && (
        <EdgeLabelRenderer>
          <div
            className={`hostile-edge-label nopan ${data.emphasis}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            ✕ against
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const InfluenceEdge = memo(InfluenceEdgeView);
