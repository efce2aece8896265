// Keeps what React Flow measured and what is being dragged when the store hands new nodes.
import type { MapEdge, MapNode } from './map-types';

/** React Flow re-measures a node object without `measured`; reuse the last measure instead. */
export function mergeNodes(derived: readonly MapNode[], current: readonly MapNode[]): MapNode[] {
  const byId = new Map(current.map((node) => [node.id, node]));
  return derived.map((node) => {
    const previous = byId.get(node.id);
    if (!previous || previous.type !== node.type) return node;
    const merged = { ...node, measured: previous.measured } as MapNode;
    return previous.dragging ? ({ ...merged, position: previous.position, dragging: true } as MapNode) : merged;
  });
}

/** Edge selection lives in React Flow (for the Delete key); keep it across store updates. */
export function mergeEdges(derived: readonly MapEdge[], current: readonly MapEdge[]): MapEdge[] {
  const selected = new Set(current.filter((edge) => edge.selected).map((edge) => edge.id));
  return derived.map((edge) => (selected.has(edge.id) ? { ...edge, selected: true } : edge));
}
