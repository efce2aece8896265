// The page's side of the ranking worker: one worker, answers matched to requests by id; null where no worker runs.
import type { Deal } from '../../shared/model/deal-schema';
import type { WorkspaceSettings } from '../../shared/settings/workspace-settings';
import type { RankingAnswer, RankingRequest } from './ranking-protocol';

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (answer: RankingAnswer) => void>();

function rankingWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./ranking-worker.ts', import.meta.url), { type: 'module', name: 'dealmap-ranking' });
    worker.onmessage = (event: MessageEvent<RankingAnswer>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    // A worker that cannot start answers every waiting request with an error; the page ranks them itself.
    worker.onerror = () => {
      for (const [id, answer] of waiting) answer({ id, error: 'the ranking worker stopped' });
      waiting.clear();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** True when a ranking worker runs (or can start); false in a test DOM. */
export function hasRankingWorker(): boolean {
  return rankingWorker() !== null;
}

/** The worker's top actions for the deal, or null when no worker can take it (the caller ranks in this thread). */
export function askRankingWorker(deal: Deal, asOf: string, settings: WorkspaceSettings): Promise<RankingAnswer> | null {
  const target = rankingWorker();
  if (!target) return null;
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    target.postMessage({ id, deal, asOf, settings } satisfies RankingRequest);
  });
}
