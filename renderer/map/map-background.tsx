// The map's dotted background, drawn only at zooms where its dots can be seen.
import { Background } from '@xyflow/react';
import { useZoomAtLeast } from './zoom-band';

/**
 * Below this zoom a dot is under 0.36 pixel: with or without the dots no pixel of the map changes
 * by more than 1/255 (tests/bench/map-dots-visible.ts: 0/255 at 0.08, 1/255 at 0.21 and 0.24,
 * 5/255 at 0.29), yet the pattern costs a raster of the whole pane on every pan and zoom frame.
 */
export const DOTS_ZOOM = 0.24;

export function MapBackground({ predictedZoom }: { readonly predictedZoom: number | null }) {
  const seen = useZoomAtLeast(DOTS_ZOOM, predictedZoom);
  return seen ? <Background gap={24} size={1.5} color="#d5dae3" /> : null;
}
