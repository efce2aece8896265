// Snapshots every readable deal of a workspace as of a review date; unreadable files are named, not guessed at.
import { basename } from 'node:path';
import type { DealFileProblem } from '../../../shared/api/contract';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { snapshotDeal, type DealSnapshot } from '../../../shared/review/deal-snapshot';
import { compareDeals, forEachWorkspaceDeal } from '../list-deals';
import { reviewQualifyOptions } from './review-qualify-options';

export interface WorkspaceSnapshot {
  /** Sorted by name then id, as the workspace lists deals. */
  readonly deals: readonly DealSnapshot[];
  readonly problems: readonly DealFileProblem[];
  /** Ids (file names) of the deal files that could not be read. */
  readonly unreadableIds: ReadonlySet<string>;
}

/**
 * Each readable deal snapshotted as soon as it is read, in no set order, and handed to `each`: the
 * full deal is let go at once, so a workspace of 50,000 deals never sits in memory whole.
 */
export async function streamWorkspaceSnapshots(
  workspace: string,
  asOf: string,
  each: (snapshot: DealSnapshot) => void,
): Promise<Omit<WorkspaceSnapshot, 'deals'>> {
  const options = await reviewQualifyOptions(workspace, asOf);
  const problems = await forEachWorkspaceDeal(workspace, (deal) => each(snapshotDeal(deal, qualifyDeal(deal, options))));
  return { problems, unreadableIds: new Set(problems.map((problem) => basename(problem.file, '.json'))) };
}

export async function snapshotWorkspace(workspace: string, asOf: string): Promise<WorkspaceSnapshot> {
  const deals: DealSnapshot[] = [];
  const rest = await streamWorkspaceSnapshots(workspace, asOf, (snapshot) => deals.push(snapshot));
  return { deals: deals.sort(compareDeals), ...rest };
}
