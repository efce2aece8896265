// The map's dotted background, drawn only at zooms where its dots can be seen.
import { Background } from '@xyflow/react';
import { useZoomAtLeast } from './zoom-band';

/**
 * Below this zoom a dot is under a third of a pixel: with or without the dots no pixel of the map
 * changes by more than 1/255 (tests/bench/map-dots-visible.ts: 0/255 at 0.08, 1/255 at 0.2, 4/255
 * at 0.26), yet the pattern costs a raster of the whole pane on every pan and zoom frame.
 */
export const DOTS_ZOOM = 0.2;

export function MapBackground({ predictedZoom }: { readonly predictedZoom: number | null }) {
  const seen = useZoomAtLeast(DOTS_ZOOM, predictedZoom);
  return seen ? <Background gap={24} size={1.5} color="#d5dae3" /> : null;
}
