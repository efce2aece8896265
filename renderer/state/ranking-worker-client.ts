// The page's side of the ranking worker: a deal's next best actions ranked off the main thread.
import type { Deal } from '../../shared/model/deal-schema';
import type { WorkspaceSettings } from '../../shared/settings/workspace-settings';
import type { RankingAnswer, RankingRequest } from './ranking-protocol';
import { workerClient } from './worker-client';

const ranking = workerClient<Omit<RankingRequest, 'id'>, RankingAnswer>(
  () => new Worker(new URL('./ranking-worker.ts', import.meta.url), { type: 'module', name: 'dealmap-ranking' }),
  (id) => ({ id, error: 'the ranking worker stopped' }),
);

/** True when a ranking worker runs (or can start); false in a test DOM. */
export const hasRankingWorker = ranking.available;

/** The worker's top actions for the deal, or null when no worker can take it (the caller ranks in this thread). */
export function askRankingWorker(deal: Deal, asOf: string, settings: WorkspaceSettings): Promise<RankingAnswer> | null {
  return ranking.ask({ deal, asOf, settings });
}
