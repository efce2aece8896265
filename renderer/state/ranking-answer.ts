// What the ranking worker answers a request with: the same top actions the page would rank, or the error that stopped it.
import type { RankingAnswer, RankingRequest } from './ranking-protocol';
import { topNextActions } from './what-if-ranking';

export function rankingAnswer({ id, deal, asOf, settings }: RankingRequest): RankingAnswer {
  try {
    return { id, actions: topNextActions(deal, asOf, settings) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
