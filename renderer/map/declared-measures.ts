// What React Flow would measure of each map node, handed to it up front: an opening draws cards and arrows in one pass, not hidden until a ResizeObserver has measured every card.
import { Position, type NodeHandle } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layout-geometry';
import { CARD_HANDLES } from './card-handles';
import type { MapNode } from './map-types';

const cardHandles = (): NodeHandle[] => CARD_HANDLES.map((handle) => ({ ...handle, position: handle.id === 'top' ? Position.Top : Position.Bottom }));

/**
 * Nodes as React Flow finds them once measured: cards and the placeholder at their fixed size
 * (map.css), frames at theirs. A node whose page size differs is measured again as before.
 */
export function withDeclaredMeasures(nodes: readonly MapNode[]): MapNode[] {
  return nodes.map((node): MapNode => {
    if (node.measured) return node;
    if (node.type === 'stakeholder') return { ...node, measured: { width: NODE_WIDTH, height: NODE_HEIGHT }, handles: cardHandles() };
    if (node.type === 'decision-maker-placeholder') return { ...node, measured: { width: NODE_WIDTH, height: NODE_HEIGHT }, handles: [] };
    return node.width !== undefined && node.height !== undefined ? { ...node, measured: { width: node.width, height: node.height }, handles: [] } : node;
  });
}
