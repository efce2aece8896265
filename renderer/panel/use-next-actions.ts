// The side panel's next best actions: a newly opened deal is ranked in the ranking worker, so the map's first frames do not wait for it.
import { useEffect, useState } from 'react';
import type { NextAction } from '../../shared/actions';
import type { Deal } from '../../shared/model/deal-schema';
import type { WorkspaceSettings } from '../../shared/settings/workspace-settings';
import { askRankingWorker, hasRankingWorker } from '../state/ranking-worker-client';
import { rankedAlready, rememberRanking, topNextActions } from '../state/what-if-ranking';

/**
 * The top actions, or null while a newly opened deal is ranked in the worker (35 ms for 300
 * people). Edits of a deal already shown rank in the page, so its list never blinks out.
 */
export function useNextActions(deal: Deal, asOf: string, settings: WorkspaceSettings): readonly NextAction[] | null {
  const known = rankedAlready(deal, asOf, settings);
  const [shownDeal, setShownDeal] = useState<string | null>(null);
  const [, setAnswers] = useState(0);
  // A deal the worker could not rank is ranked in the page, as before the worker.
  const [failed, setFailed] = useState<Deal | null>(null);
  const waitForWorker = known === undefined && shownDeal !== deal.id && failed !== deal && hasRankingWorker();
  useEffect(() => {
    if (!waitForWorker) return;
    let current = true;
    void askRankingWorker(deal, asOf, settings)?.then((answer) => {
      if ('actions' in answer) rememberRanking(deal, asOf, settings, answer.actions);
      else if (current) setFailed(deal);
      if (current) setAnswers((count) => count + 1);
    });
    return () => {
      current = false;
    };
  }, [waitForWorker, deal, asOf, settings]);
  if (waitForWorker) return null;
  if (shownDeal !== deal.id) setShownDeal(deal.id);
  return known ?? topNextActions(deal, asOf, settings);
}
