// A generated workspace prepared for a one-to-one: a review, then three of one AE's deals edited, coaching written, a reporting currency.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateDeals } from '../../electron/services/generate';
import { saveCoaching } from '../../electron/services/reviews/save-coaching';
import { startReview } from '../../electron/services/reviews/start-review';
import type { Deal } from '../../shared/model/deal-schema';
import { putDealFile } from './temp-workspace';

export const COACH_REVIEW_DAY = '2026-11-20';
export const COACH_DAY = '2026-11-27';

/** EUR with rates for every generated currency but JPY and PLN: those deals are named, never counted 1:1. */
export const COACH_SETTINGS = {
  reportingCurrency: 'EUR',
  exchangeRates: { date: '2026-11-26', rates: { SEK: 0.087, NOK: 0.085, DKK: 0.134, GBP: 1.17, USD: 0.91, CHF: 1.05 } },
};

/** `count` generated deals, every one owned by `owner` when given (the page budget's 100 deals of one AE). */
export async function writeGeneratedDeals(workspace: string, count: number, owner?: string): Promise<Deal[]> {
  const deals = generateDeals({ deals: count, seed: 2026, asOf: COACH_DAY }).map((deal) => (owner === undefined ? deal : { ...deal, owner }));
  for (const deal of deals) await putDealFile(workspace, `${deal.id}.json`, deal);
  return deals;
}

async function editDeal(workspace: string, id: string, edit: (deal: Deal) => Deal): Promise<void> {
  const file = join(workspace, 'deals', `${id}.json`);
  const deal = JSON.parse(await readFile(file, 'utf8')) as Deal;
  await putDealFile(workspace, `${id}.json`, { ...edit(deal), revision: deal.revision + 1 });
}

/** The three deals edited after the review, in the order edited: a slip, a saboteur, a commit call. */
export async function reviewAndEdit(workspace: string, owner: string): Promise<string[]> {
  const review = await startReview(workspace, COACH_REVIEW_DAY, `${COACH_REVIEW_DAY}T09:00:00.000Z`);
  const files = (await readdir(join(workspace, 'deals'))).sort();
  const mine: Deal[] = [];
  for (const file of files) {
    const deal = JSON.parse(await readFile(join(workspace, 'deals', file), 'utf8')) as Deal;
    if (deal.owner === owner && deal.status === 'open' && deal.stakeholders.length >= 3 && deal.closeDate) mine.push(deal);
  }
  const [slip, turn, call] = mine;
  if (!slip || !turn || !call) throw new Error(`${owner} has fewer than three open deals to edit`);
  await editDeal(workspace, slip.id, (deal) => ({ ...deal, closeDate: '2027-06-30' }));
  await editDeal(workspace, turn.id, (deal) => ({
    ...deal,
    stakeholders: deal.stakeholders.map((person) => (person.role === 'decision-maker' ? { ...person, stance: 'saboteur' as const } : person)),
  }));
  await editDeal(workspace, call.id, (deal) => ({ ...deal, forecastCategory: 'commit' }));
  const saved = await saveCoaching(workspace, {
    reviewId: review.id,
    dealId: turn.id,
    revision: review.revision,
    coaching: {
      notes: 'The decision-maker went cold after the pricing call. Find out who briefed them.',
      actionItems: [{ id: 'a1', text: 'Call the sponsor before Friday', owner, due: '2026-11-28', done: false }],
    },
  });
  await saveCoaching(workspace, {
    reviewId: review.id,
    dealId: slip.id,
    revision: saved.revision,
    coaching: { notes: 'Slipped twice now.', actionItems: [{ id: 'a2', text: 'Ask procurement for the signing date', owner: 'Coach', due: null, done: false }] },
  });
  await writeFile(join(workspace, 'settings.json'), `${JSON.stringify(COACH_SETTINGS, null, 2)}\n`);
  return [slip.id, turn.id, call.id];
}
