// The readable review report: the pipeline summary, then one row per change of each changed deal.
import type { ReviewChangesReport } from '../../shared/api/contract';
import { QUALIFICATION_STAGES } from '../../shared/engine/types';
import type { DealRef, PipelineChangeSummary } from '../../shared/review/change-types';
import { dealmapIntl, messageRef, renderMessage, type DealmapIntl, type MessageValue } from '../../shared/i18n';

/** A summary row names this many deals, then says how many more. */
const NAMED_PER_ROW = 5;

const SUMMARY_ROWS: readonly (keyof Omit<PipelineChangeSummary, 'changedCount' | 'unchangedCount'>)[] = [
  'advanced',
  'fellBack',
  'slipped',
  'gainedBlockers',
  'clearedBlockers',
  'new',
  'removed',
];

const ENGLISH = dealmapIntl('en');

function text(intl: DealmapIntl, id: string, values?: Readonly<Record<string, MessageValue>>): string {
  return renderMessage(intl, messageRef(id, values));
}

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

function named(intl: DealmapIntl, deals: readonly DealRef[]): string {
  const names = deals.slice(0, NAMED_PER_ROW).map((deal) => deal.dealName);
  const more = deals.length - names.length;
  return more > 0 ? text(intl, 'cli.review.named-more', { names: names.join(', '), more }) : names.join(', ');
}

function summaryTable(intl: DealmapIntl, summary: PipelineChangeSummary): string {
  const rows = SUMMARY_ROWS.map((key) => [text(intl, `cli.review.row.${key}`), intl.formatNumber(summary[key].length), named(intl, summary[key])]);
  return alignColumns([[text(intl, 'cli.review.header.since'), text(intl, 'cli.review.header.deals'), ''], ...rows], [false, true, false]);
}

function changesTable(intl: DealmapIntl, report: ReviewChangesReport): string {
  const rows: string[][] = [];
  for (const deal of report.changes.deals) {
    deal.changes.forEach((change, index) => rows.push([index === 0 ? deal.dealName : '', renderMessage(intl, change.line)]));
  }
  return rows.length === 0
    ? `${text(intl, 'cli.review.no-changes')}\n`
    : alignColumns([[text(intl, 'cli.review.header.deal'), text(intl, 'cli.review.header.change')], ...rows], []);
}

/** The report when there is a review to compare with. */
export function formatReviewChanges(report: ReviewChangesReport, intl: DealmapIntl = ENGLISH): string {
  const { summary } = report.changes;
  const total = summary.changedCount + summary.unchangedCount;
  const review = report.review;
  const heading = review
    ? text(intl, 'cli.review.heading', { id: review.id, reviewAsOf: review.asOf, asOf: report.asOf, changed: summary.changedCount, total })
    : '';
  return `${heading}\n\n${summaryTable(intl, summary)}\n${changesTable(intl, report)}`;
}

/** The pipeline as it is now, for a workspace without a review: deals per stage and deals blocked. */
export function formatPipelineOverview(report: ReviewChangesReport, intl: DealmapIntl = ENGLISH): string {
  const deals = report.changes.deals;
  const stages = QUALIFICATION_STAGES.map((stage) => [stage, deals.filter((deal) => deal.stageAfter === stage).length] as const)
    .filter(([, count]) => count > 0)
    .map(([stage, count]) => text(intl, 'cli.review.stage-count', { count, stage: text(intl, 'cli.report.stage', { stage }) }));
  const blocked = deals.filter((deal) => (deal.blockersAfter ?? 0) > 0).length;
  const values = { asOf: report.asOf, count: deals.length, blocked };
  return `${stages.length > 0 ? text(intl, 'cli.review.overview-stages', { ...values, stages: stages.join(', ') }) : text(intl, 'cli.review.overview', values)}\n`;
}
