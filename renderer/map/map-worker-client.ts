// The page's side of the map worker: one worker, requests matched to answers by id.
import { messageRef } from '../../shared/i18n/message-ref';
import type { MapWorkerAnswer, MapWorkerRequest, MapWorkerTask } from './map-worker-protocol';

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (answer: MapWorkerAnswer) => void>();

function mapWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'dealmap-layout' });
    worker.onmessage = (event: MessageEvent<MapWorkerAnswer>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    // A worker that cannot start answers every waiting request with an error; they fall back.
    worker.onerror = () => {
      for (const [id, answer] of waiting) answer({ id, error: messageRef('map.worker-stopped') });
      waiting.clear();
      worker = null;
    };
  } catch {
    // No workers here (a test DOM): the work runs in this thread instead.
    worker = null;
  }
  return worker;
}

/** True when a map worker runs (or can start); false in a test DOM. */
export function hasMapWorker(): boolean {
  return mapWorker() !== null;
}

/** The worker's answer to one task, or null when no worker can take it (the caller works in this thread). */
export function askMapWorker(task: MapWorkerTask): Promise<MapWorkerAnswer> | null {
  const target = mapWorker();
  if (!target) return null;
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    target.postMessage({ ...task, id } satisfies MapWorkerRequest);
  });
}
