// The map worker: ELK layouts and arrow routing for a buying center, away from the page's main thread.
import { computeLayout } from '../../shared/layout/auto-layout';
import { routeEdges } from '../../shared/layout/route-edges';
import type { MapWorkerAnswer, MapWorkerRequest } from './map-worker-protocol';

function answer(request: MapWorkerRequest): MapWorkerAnswer {
  if (request.kind === 'layout') return { id: request.id, positions: computeLayout(request.deal) };
  return { id: request.id, routes: [...routeEdges(request.positions, request.requests)] };
}

// Set after the imports: ELK's own worker entry claims `onmessage` when it loads in a worker.
self.onmessage = (event: MessageEvent<MapWorkerRequest>) => {
  let reply: MapWorkerAnswer;
  try {
    reply = answer(event.data);
  } catch (error) {
    reply = { id: event.data.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
