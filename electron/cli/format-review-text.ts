// The readable review report: the pipeline summary, then one row per change of each changed deal.
import type { ReviewChangesReport } from '../../shared/api/contract';
import { QUALIFICATION_STAGES } from '../../shared/engine/types';
import type { DealRef, PipelineChangeSummary } from '../../shared/review/change-types';

/** A summary row names this many deals, then says how many more. */
const NAMED_PER_ROW = 5;

const SUMMARY_ROWS: readonly (readonly [string, keyof Omit<PipelineChangeSummary, 'changedCount' | 'unchangedCount'>])[] = [
  ['Advanced', 'advanced'],
  ['Fell back', 'fellBack'],
  ['Slipped', 'slipped'],
  ['Gained blockers', 'gainedBlockers'],
  ['Cleared blockers', 'clearedBlockers'],
  ['New', 'new'],
  ['Removed', 'removed'],
];

/** Columns padded to their widest cell; `right` columns (numbers) align right. */
function alignColumns(rows: readonly (readonly string[])[], right: readonly boolean[]): string {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => (right[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
  return `${lines.join('\n')}\n`;
}

function named(deals: readonly DealRef[]): string {
  const names = deals.slice(0, NAMED_PER_ROW).map((deal) => deal.dealName);
  const more = deals.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

function summaryTable(summary: PipelineChangeSummary): string {
  const rows = SUMMARY_ROWS.map(([label, key]) => [label, String(summary[key].length), named(summary[key])]);
  return alignColumns([['Since the review', 'Deals', ''], ...rows], [false, true, false]);
}

function changesTable(report: ReviewChangesReport): string {
  const rows: string[][] = [];
  for (const deal of report.changes.deals) {
    deal.changes.forEach((change, index) => rows.push([index === 0 ? deal.dealName : '', change.text]));
  }
  return rows.length === 0 ? 'No deal changed since the review.\n' : alignColumns([['Deal', 'Change'], ...rows], []);
}

/** The report when there is a review to compare with. */
export function formatReviewChanges(report: ReviewChangesReport): string {
  const { summary } = report.changes;
  const total = summary.changedCount + summary.unchangedCount;
  const review = report.review;
  const heading = review
    ? `Changes since review ${review.id} (qualified as of ${review.asOf}), compared as of ${report.asOf}: ${summary.changedCount} of ${total} deals changed.`
    : '';
  return `${heading}\n\n${summaryTable(summary)}\n${changesTable(report)}`;
}

/** The pipeline as it is now, for a workspace without a review: deals per stage and deals blocked. */
export function formatPipelineOverview(report: ReviewChangesReport): string {
  const deals = report.changes.deals;
  const stages = QUALIFICATION_STAGES.map((stage) => [stage, deals.filter((deal) => deal.stageAfter === stage).length] as const)
    .filter(([, count]) => count > 0)
    .map(([stage, count]) => `${count} ${stage}`);
  const blocked = deals.filter((deal) => (deal.blockersAfter ?? 0) > 0).length;
  const byStage = stages.length > 0 ? ` (${stages.join(', ')})` : '';
  return `Pipeline as of ${report.asOf}: ${deals.length} deal${deals.length === 1 ? '' : 's'}${byStage}, ${blocked} with blockers.\n`;
}
