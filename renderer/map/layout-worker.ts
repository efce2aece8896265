// The map's layout worker: runs ELK for a buying center away from the page's main thread.
import { computeLayout } from '../../shared/layout/auto-layout';
import type { LayoutRequest, LayoutAnswer } from './layout-off-thread';

// Set after the imports: ELK's own worker entry claims `onmessage` when it loads in a worker.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, deal } = event.data;
  let answer: LayoutAnswer;
  try {
    answer = { id, positions: computeLayout(deal) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
