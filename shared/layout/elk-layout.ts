// Runs ELK synchronously in the calling thread (the map's layout worker, Node, or a cache miss).
import type { ElkNode } from 'elkjs/lib/elk-api';
import ElkWorker from 'elkjs/lib/elk-worker.min.js';

interface ElkAnswer {
  readonly data?: { readonly id: number; readonly data?: ElkNode; readonly error?: unknown };
}

interface ElkDispatcher {
  onmessage: (answer: ElkAnswer) => void;
  readonly dispatcher: { saveDispatch(message: { data: unknown }): void };
}

let engine: ElkDispatcher | null = null;

/** ELK's own worker entry, driven directly: its dispatcher answers within the call. */
function elk(): ElkDispatcher {
  if (engine) return engine;
  // A CommonJS module: bundlers and Node hand over either its exports or them under `default`.
  const exported = ElkWorker as { Worker?: unknown; default?: { Worker?: unknown } };
  const Worker = (exported.Worker ?? exported.default?.Worker) as new () => ElkDispatcher;
  const created = new Worker();
  created.onmessage = () => undefined;
  created.dispatcher.saveDispatch({ data: { id: 0, cmd: 'register', algorithms: ['layered'] } });
  engine = created;
  return created;
}

/** ELK's layout of the graph, or an error naming what ELK refused. */
export function runElk(graph: ElkNode): ElkNode {
  const runner = elk();
  let result: ElkAnswer['data'];
  runner.onmessage = (message) => {
    result = message.data;
  };
  runner.dispatcher.saveDispatch({ data: { id: 1, cmd: 'layout', graph, layoutOptions: {}, options: {} } });
  if (!result?.data) throw new Error(`ELK could not lay out the buying center: ${String(result?.error ?? 'no answer')}`);
  return result.data;
}
