// Stands in for ELK's worker entry in the page's bundle (ELK itself ships only in the map worker).
import type { ElkNode } from 'elkjs/lib/elk-api';

interface Message {
  readonly data: { readonly id: number; readonly cmd: string; readonly graph?: ElkNode };
}

/** Cards in rows of a near-square grid: a layout the page needs before the worker answered still places everyone. */
function gridLayout(graph: ElkNode): ElkNode {
  const children = graph.children ?? [];
  const columns = Math.max(1, Math.ceil(Math.sqrt(children.length * 2)));
  return {
    ...graph,
    children: children.map((child, index) => ({
      ...child,
      x: (index % columns) * ((child.width ?? 0) + 50),
      y: Math.floor(index / columns) * ((child.height ?? 0) + 80),
    })),
  };
}

class InPageElk {
  onmessage: (answer: { data: unknown }) => void = () => undefined;
  readonly dispatcher = {
    saveDispatch: (message: Message) => {
      const { id, cmd, graph } = message.data;
      if (cmd === 'layout' && graph) this.onmessage({ data: { id, data: gridLayout(graph) } });
    },
  };
}

export default { Worker: InPageElk };
