// Delete/Backspace remove the selected cards and influences, but only when the keystroke is meant for the map.
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { MapEdge, MapNode } from './map-types';

const DELETE_KEYS = new Set(['Delete', 'Backspace']);

/** Controls that take keys themselves; a Delete pressed on one was never meant for the map. */
const CONTROL_SELECTOR = 'button, a[href], input, select, textarea, [contenteditable], [role="button"]';

/**
 * True when a Delete key on `target` may delete map elements: focus is on the map itself (pane,
 * card, influence) or on the page body, and no dialog is open. React Flow's own handler also acts
 * while a button (a gap, a dialog's Cancel) has the focus, which lost stakeholders to stray keys.
 */
export function isMapDeleteTarget(target: EventTarget | null, flow: Element | null): boolean {
  if (!(target instanceof Element)) return false;
  const page = target.ownerDocument;
  // A modal dialog owns the keyboard even when focus fell back to the body (a click on its backdrop).
  if (page.querySelector('[role="dialog"]')) return false;
  if (target === page.body || target === page.documentElement) return true;
  if (!flow?.contains(target)) return false;
  // Zoom controls, the overview and the placeholder's button sit inside the flow but are not the map.
  if (target.closest('.react-flow__panel')) return false;
  const control = target.closest(CONTROL_SELECTOR);
  return control === null || !flow.contains(control);
}

/** Installs the map's own Delete handling; React Flow's is turned off with `deleteKeyCode={null}`. */
export function useMapDeleteKey(): void {
  const { deleteElements, getNodes, getEdges } = useReactFlow<MapNode, MapEdge>();
  const flowStore = useStoreApi<MapNode, MapEdge>();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || !DELETE_KEYS.has(event.key)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (!isMapDeleteTarget(event.target, flowStore.getState().domNode)) return;
      const nodes = getNodes().filter((node) => node.selected && node.deletable !== false);
      const edges = getEdges().filter((edge) => edge.selected);
      if (nodes.length === 0 && edges.length === 0) return;
      event.preventDefault();
      void deleteElements({ nodes, edges });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [deleteElements, getNodes, getEdges, flowStore]);
}
