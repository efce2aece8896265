// The map's overview (mini-map): every card as one shape in a few paths, so panning redraws a handful of elements, not one per person.
import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, getBoundsOfRects, getNodeDimensions, type Rect, type XYMinimapInstance } from '@xyflow/system';
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { STANCE_COLOURS } from '../../shared/layout/map-style';
import type { MapNode } from './map-types';

const FRAME_FILL = 'rgba(222, 226, 230, 0.35)';
const PLACEHOLDER_FILL = '#dee2e6';
/** Room around the overview's content, in overview pixels (as React Flow's own mini-map). */
const OFFSET_PX = 5;

/** Each card in its stance's colour, as the card's stripe; department frames faint beneath them. */
function fillOf(node: MapNode): string {
  if (node.type === 'department') return FRAME_FILL;
  return node.type === 'stakeholder' ? STANCE_COLOURS[node.data.stakeholder.stance].strong : PLACEHOLDER_FILL;
}

interface OverviewShapes {
  /** One path per fill, frames first so cards are drawn over them. */
  readonly fills: readonly { readonly fill: string; readonly d: string }[];
  /** Where the shown nodes lie, in flow coordinates; null when none is shown. */
  readonly bounds: Rect | null;
}

/** The overview's shapes of the nodes as React Flow holds them (measured, placed); hidden nodes (folded departments) are left out. */
function overviewShapes(nodes: readonly MapNode[], lookup: ReactFlowState['nodeLookup']): OverviewShapes {
  const paths = new Map<string, string[]>([[FRAME_FILL, []]]);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const internal = lookup.get(node.id);
    const { width, height } = getNodeDimensions(node);
    if (node.hidden || !internal || width <= 0 || height <= 0) continue;
    const { x, y } = internal.internals.positionAbsolute;
    const fill = fillOf(node);
    const path = paths.get(fill) ?? [];
    path.push(`M${Math.round(x)} ${Math.round(y)}h${Math.round(width)}v${Math.round(height)}h${-Math.round(width)}z`);
    paths.set(fill, path);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + width);
    maxY = Math.max(maxY, y + height);
  }
  const fills = [...paths].filter(([, path]) => path.length > 0).map(([fill, path]) => ({ fill, d: path.join('') }));
  return { fills, bounds: minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY } };
}

/** Redrawn only when nodes change, not on every pan frame. */
const OverviewFills = memo(function OverviewFills({ fills }: { readonly fills: OverviewShapes['fills'] }) {
  return fills.map(({ fill, d }) => <path key={fill} d={d} fill={fill} shapeRendering="crispEdges" />);
});

// The store holds the nodes this map handed React Flow.
const selectNodes = (state: ReactFlowState) => state.nodes as MapNode[];
const selectView = (state: ReactFlowState) => ({
  x: state.transform[0],
  y: state.transform[1],
  zoom: state.transform[2],
  width: state.width,
  height: state.height,
  panZoom: state.panZoom,
  translateExtent: state.translateExtent,
});
type View = ReturnType<typeof selectView>;
const sameView = (a: View, b: View) =>
  a.x === b.x && a.y === b.y && a.zoom === b.zoom && a.width === b.width && a.height === b.height && a.panZoom === b.panZoom && a.translateExtent === b.translateExtent;

interface MapOverviewProps {
  readonly ariaLabel: string;
  readonly width: number;
  readonly height: number;
}

/** Pannable and zoomable as React Flow's mini-map (the same XYMinimap), drawn as a few paths plus the viewport's mask. */
export function MapOverview({ ariaLabel, width, height }: MapOverviewProps) {
  const store = useStoreApi();
  const nodes = useStore(selectNodes);
  // React Flow updates its lookup (absolute positions) with the nodes array: read it when the array changes.
  const shapes = useMemo(() => overviewShapes(nodes, store.getState().nodeLookup), [nodes, store]);
  const view = useStore(selectView, sameView);
  const svg = useRef<SVGSVGElement>(null);
  const minimap = useRef<XYMinimapInstance | null>(null);
  const viewScale = useRef(1);

  const viewed: Rect = { x: -view.x / view.zoom, y: -view.y / view.zoom, width: view.width / view.zoom, height: view.height / view.zoom };
  const shown = shapes.bounds ? getBoundsOfRects(shapes.bounds, viewed) : viewed;
  const scale = Math.max(shown.width / width, shown.height / height);
  const offset = OFFSET_PX * scale;
  const box = {
    x: shown.x - (scale * width - shown.width) / 2 - offset,
    y: shown.y - (scale * height - shown.height) / 2 - offset,
    width: scale * width + offset * 2,
    height: scale * height + offset * 2,
  };

  useLayoutEffect(() => {
    viewScale.current = scale;
  }, [scale]);
  useEffect(() => {
    if (!svg.current || !view.panZoom) return;
    const instance = XYMinimap({ domNode: svg.current, panZoom: view.panZoom, getTransform: () => store.getState().transform, getViewScale: () => viewScale.current });
    minimap.current = instance;
    return () => {
      instance.destroy();
      minimap.current = null;
    };
  }, [view.panZoom, store]);
  useEffect(() => {
    minimap.current?.update({ translateExtent: view.translateExtent, width: view.width, height: view.height, pannable: true, zoomable: true });
  }, [view.panZoom, view.translateExtent, view.width, view.height]);

  const outer = `M${box.x - offset},${box.y - offset}h${box.width + offset * 2}v${box.height + offset * 2}h${-box.width - offset * 2}z`;
  const inner = `M${viewed.x},${viewed.y}h${viewed.width}v${viewed.height}h${-viewed.width}z`;
  return (
    <Panel position="bottom-right" className="react-flow__minimap map-overview" style={{ width, height }}>
      <svg width={width} height={height} viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} className="react-flow__minimap-svg" role="img" aria-label={ariaLabel} ref={svg}>
        <OverviewFills fills={shapes.fills} />
        <path className="react-flow__minimap-mask" d={`${outer}${inner}`} fillRule="evenodd" pointerEvents="none" />
      </svg>
    </Panel>
  );
}
