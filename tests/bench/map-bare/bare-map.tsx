// The benchmark's baseline: a bare React Flow page (same @xyflow/react as the app) that draws given nodes and edges.
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

export interface BareMap {
  render(nodes: Node[], edges: Edge[]): void;
  clear(): void;
}

declare global {
  interface Window {
    bareMap?: BareMap;
  }
}

const element = document.getElementById('root');
if (!element) throw new Error('bare-map: the page has no #root');
const root = createRoot(element);

window.bareMap = {
  render: (nodes, edges) =>
    root.render(
      <div style={{ width: '100%', height: '100%' }}>
        <ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView minZoom={0.05} maxZoom={2} />
      </div>,
    ),
  clear: () => root.render(null),
};
