// Semantic zoom: which band the map is in (near: the full card; far: name, role and stance), one subscription per map.
import { getViewportForBounds, useStore, type ReactFlowState, type Viewport } from '@xyflow/react';
import { createContext, useCallback, useContext } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layout-geometry';
import { FIT_VIEW_OPTIONS } from './map-elements';
import type { MapNode } from './map-types';

export type ZoomBand = 'near' | 'far';

/** Below this zoom a card's small print cannot be read: it collapses to name, role and stance. */
export const FAR_ZOOM = 0.6;
/** The map's zoom limits, shared by React Flow and the band's prediction. */
export const MAP_ZOOM = { min: 0.05, max: 2 } as const;

export function bandAt(zoom: number): ZoomBand {
  return zoom < FAR_ZOOM ? 'far' : 'near';
}

/**
 * The viewport React Flow's fit lands on, from the nodes and the pane's size, so a far-out map
 * mounts its small cards at once instead of full cards it then takes apart; null without a size.
 */
export function fittedViewport(nodes: readonly MapNode[], pane: { readonly width: number; readonly height: number } | null): Viewport | null {
  const shown = nodes.filter((node) => !node.hidden);
  if (!pane || pane.width === 0 || pane.height === 0 || shown.length === 0) return null;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of shown) {
    minX = Math.min(minX, node.position.x);
    minY = Math.min(minY, node.position.y);
    maxX = Math.max(maxX, node.position.x + (node.width ?? NODE_WIDTH));
    maxY = Math.max(maxY, node.position.y + (node.height ?? NODE_HEIGHT));
  }
  const bounds = { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  return getViewportForBounds(bounds, pane.width, pane.height, MAP_ZOOM.min, FIT_VIEW_OPTIONS.maxZoom, FIT_VIEW_OPTIONS.padding);
}

/** The zoom of fittedViewport. */
export function fittedZoom(nodes: readonly MapNode[], pane: { readonly width: number; readonly height: number } | null): number | null {
  return fittedViewport(nodes, pane)?.zoom ?? null;
}

/** The zoom once the cards are measured and fitted; until then the predicted one (React Flow's is still its default). */
function shownZoom(s: ReactFlowState, predicted: number | null): number {
  return predicted !== null && s.fitViewQueued && !s.nodesInitialized ? predicted : s.transform[2];
}

/** The map's band: changes only when the zoom crosses FAR_ZOOM, never on the steps within a band. */
export function useZoomBand(predicted: number | null): ZoomBand {
  return useStore(useCallback((s: ReactFlowState) => bandAt(shownZoom(s, predicted)), [predicted]));
}

/** True while the map is zoomed at least to `zoom`; changes only when that line is crossed. */
export function useZoomAtLeast(zoom: number, predicted: number | null): boolean {
  return useStore(useCallback((s: ReactFlowState) => shownZoom(s, predicted) >= zoom, [zoom, predicted]));
}

export const ZoomBandContext = createContext<ZoomBand>('near');

/** Cards re-render when the band changes, never on the zoom steps within it. */
export function useCardBand(): ZoomBand {
  return useContext(ZoomBandContext);
}
