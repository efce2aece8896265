// The deal as it was at a review date, from git, and what changed since: a coach's look back on any laptop.
import type { DealAsOf } from '../../../shared/api/team-contract';
import { dealChangeMessages } from '../../../shared/merge/describe-deal-changes';
import type { Deal } from '../../../shared/model/deal-schema';
import { judgeDealText } from '../read-deal-file';
import type { TeamSync } from './team-sync';

/** `now` is the deal on disk today (null: gone). A version that cannot be read then is answered as no deal, with its commit. */
export async function dealAsOf(team: TeamSync, id: string, date: string, now: Deal | null): Promise<DealAsOf> {
  const found = await team.fileAt(id, date);
  const read = found.text === null ? null : judgeDealText(found.text, `${id}.json`, `deals/${id}.json`);
  const deal = read?.kind === 'deal' ? read.deal : null;
  return { id, date, deal, commit: found.commit, by: found.by, at: found.at, changesSince: dealChangeMessages(deal, now) };
}
