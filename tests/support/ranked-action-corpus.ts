// The deals whose next best actions the message and placeholder tests walk, each ranked as the panel and the report rank them.
import { buildDemoDeals } from '../../electron/services/demo/demo-deals';
import { generateDeals } from '../../electron/services/generate';
import { rankDealActions, type NextAction } from '../../shared/actions';
import type { Deal } from '../../shared/model/deal-schema';
import { LENS_IDS } from '../../shared/model/vocabulary';
import { buildDeal, buildDealWithSaboteur, buildHealthyDeal } from './deal-builder';

export const CORPUS_AS_OF = '2026-11-27';

/** The demo deals, 40 generated ones and four built to reach the rarer actions. */
export function actionCorpusDeals(): Deal[] {
  return [
    ...buildDemoDeals({ today: CORPUS_AS_OF, updatedAt: `${CORPUS_AS_OF}T08:00:00.000Z` }),
    ...generateDeals({ deals: 40, seed: 14, asOf: CORPUS_AS_OF }),
    buildDeal(),
    buildDealWithSaboteur(),
    { ...buildHealthyDeal({ status: 'won' }), referrals: [] },
    buildHealthyDeal({ need: { confirmed: false, summary: '' } }),
  ];
}

/** Each deal under every lens as the workspace default, with its ranked actions. */
export function rankedUnderEveryLens(deals: readonly Deal[]): { readonly deal: Deal; readonly action: NextAction }[] {
  return deals.flatMap((deal) =>
    LENS_IDS.flatMap((defaultLens) => rankDealActions({ ...deal, lens: undefined }, { asOf: CORPUS_AS_OF, settings: { defaultLens } }).map((action) => ({ deal, action }))),
  );
}
