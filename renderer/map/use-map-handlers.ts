// The map's event handlers, made once per map: React Flow copies several into its store on every change of identity, and each copy re-runs every card's and arrow's store selector.
import type { Connection, OnDelete, OnNodeDrag } from '@xyflow/react';
import { useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { deleteMapElements, moveStakeholders } from '../../shared/edits/buying-center-edits';
import { useAppStore } from '../state/store-context';
import type { MapEdge, MapNode } from './map-types';

export interface ConnectRequest {
  readonly from: string;
  readonly to: string;
}

/** Enter on a card opens its editor with the focus in it; Escape there comes back (use-keyboard-shortcuts). */
function openEditorOnEnter(event: KeyboardEvent): void {
  const card = event.target instanceof Element ? event.target.closest('.react-flow__node-stakeholder') : null;
  if (event.key !== 'Enter' || !card) return;
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.stakeholder-editor input')?.focus());
}

export function useMapHandlers(onConnectRequest: (request: ConnectRequest) => void) {
  const store = useAppStore();
  return useMemo(
    () => ({
      onNodeClick: (_: MouseEvent, node: MapNode) => {
        // The placeholder's own button selects the decision-maker it adds; keep that selection.
        if (node.type === 'stakeholder') store.selectStakeholder(node.id);
      },
      onPaneClick: () => store.selectStakeholder(null),
      onKeyDown: openEditorOnEnter,
      onNodeDragStop: ((_, _node, dragged) => {
        const moves = Object.fromEntries(dragged.filter((node) => node.type === 'stakeholder').map((node) => [node.id, node.position]));
        store.edit((current) => moveStakeholders(current, moves));
      }) satisfies OnNodeDrag<MapNode>,
      onConnect: (connection: Connection) => onConnectRequest({ from: connection.source, to: connection.target }),
      onDelete: (({ nodes: goneNodes, edges: goneEdges }) =>
        store.edit((current) =>
          deleteMapElements(
            current,
            goneNodes.filter((node) => node.type === 'stakeholder').map((node) => node.id),
            goneEdges.map((edge) => edge.id),
          ),
        )) satisfies OnDelete<MapNode, MapEdge>,
    }),
    [store, onConnectRequest],
  );
}
