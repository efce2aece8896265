// Snapshots every readable deal of a workspace as of a review date; unreadable files are named, not guessed at.
import { basename } from 'node:path';
import type { DealFileProblem } from '../../../shared/api/contract';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { snapshotDeal, type DealSnapshot } from '../../../shared/review/deal-snapshot';
import { listWorkspaceDeals } from '../list-deals';
import { reviewQualifyOptions } from './review-qualify-options';

export interface WorkspaceSnapshot {
  /** Sorted by name then id, as the workspace lists deals. */
  readonly deals: readonly DealSnapshot[];
  readonly problems: readonly DealFileProblem[];
  /** Ids (file names) of the deal files that could not be read. */
  readonly unreadableIds: ReadonlySet<string>;
}

export async function snapshotWorkspace(workspace: string, asOf: string): Promise<WorkspaceSnapshot> {
  const listing = await listWorkspaceDeals(workspace);
  const options = await reviewQualifyOptions(workspace, asOf);
  return {
    deals: listing.deals.map((deal) => snapshotDeal(deal, qualifyDeal(deal, options))),
    problems: listing.problems,
    unreadableIds: new Set(listing.problems.map((problem) => basename(problem.file, '.json'))),
  };
}
