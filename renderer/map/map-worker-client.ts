// The page's side of the map worker: ELK layouts and arrow routes off the main thread.
import { messageRef } from '../../shared/i18n/message-ref';
import { workerClient } from '../state/worker-client';
import type { MapWorkerAnswer, MapWorkerTask } from './map-worker-protocol';

const map = workerClient<MapWorkerTask, MapWorkerAnswer>(
  () => new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'dealmap-layout' }),
  (id) => ({ id, error: messageRef('map.worker-stopped') }),
);

/** True when a map worker runs (or can start); false in a test DOM. */
export const hasMapWorker = map.available;

/** The worker's answer to one task, or null when no worker can take it (the caller works in this thread). */
export const askMapWorker = map.ask;
