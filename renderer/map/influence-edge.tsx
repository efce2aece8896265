// An influence arrow between two cards: width by strength, hostile (red, dashed) from a saboteur.
import { BaseEdge, EdgeLabelRenderer, useStore, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { routedArrow } from '../../shared/layout/route-arrow';
import { influenceHeadSize, influenceStrokeWidth } from '../../shared/layout/map-style';
import { useT } from '../i18n/use-t';
import { useEdgeRoute } from './use-edge-route';
import { sameEdgeProps } from './same-edge-props';
import { HOSTILE_COLOUR, INFLUENCE_COLOUR } from './map-elements';
import type { InfluenceEdge as InfluenceEdgeType } from './map-types';

function InfluenceEdgeView(props: EdgeProps<InfluenceEdgeType>) {
  const { id, data, selected } = props;
  const route = useEdgeRoute(props, data);
  const t = useT();
  if (!data) return null;
  const { path, head, middle } = routedArrow(route, influenceHeadSize(data.strength));
  const labelX = middle.x;
  const labelY = middle.y;
  const colour = data.hostile ? HOSTILE_COLOUR : INFLUENCE_COLOUR;
  // An edge on the selected gap's path is drawn thicker, its dashes marching along (what-if.css).
  const pathWidth = data.path ? 2 : 0;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        interactionWidth={24}
        style={{
          stroke: colour,
          strokeWidth: influenceStrokeWidth(data.strength) + (selected ? 1 : 0) + pathWidth,
          strokeDasharray: data.against && !data.path ? '7 5' : undefined,
        }}
      />
      <polygon className="influence-arrowhead" points={head} fill={colour} stroke={colour} strokeWidth={1} strokeLinejoin="round" />
      {data.against && (
        <EdgeLabelRenderer>
          <div
            className={`hostile-edge-label nopan ${data.emphasis}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {t('map.edge.against')}
          </div>
        </EdgeLabelRenderer>
      )}
      {data.path && <GapPathStep step={data.path.step} hostile={data.path.hostile} x={labelX} y={labelY - (data.against ? 22 : 0)} />}
    </>
  );
}

/** The step number of an edge on the selected gap's path, so the path reads in order. */
function GapPathStep({ step, hostile, x, y }: { step: number; hostile: boolean; x: number; y: number }) {
  // The number keeps a readable size on screen however far the map is zoomed out.
  const grow = useStore((s) => Math.max(1, Math.round((0.8 / s.transform[2]) * 4) / 4));
  return (
    <EdgeLabelRenderer>
      <div
        className={`gap-path-step ${hostile ? 'path-hostile' : 'path-ally'}`}
        style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px) scale(${grow})` }}
        aria-hidden="true"
      >
        {step}
      </div>
    </EdgeLabelRenderer>
  );
}

export const InfluenceEdge = memo(InfluenceEdgeView, sameEdgeProps);
