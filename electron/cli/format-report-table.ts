// The readable report: an aligned row per deal, each deal's lens scorecard, weakest link and top actions, then the top actions across deals.
import { alignColumns } from './align-columns';
import type { DealReport } from './collect-report';
import { formatDealDetails, formatScorecardLegend } from './format-scorecard';
import { formatTopActions } from './format-top-actions';

export const REPORT_TABLE_HEADERS = ['Deal', 'Stage', 'Score', 'Blockers', 'Warnings'] as const;
/** Numbers align right, words left, as in any ledger. */
export const REPORT_TABLE_RIGHT_ALIGNED = [false, false, true, true, true];

function count(gaps: DealReport['deals'][number]['gaps'], severity: 'blocker' | 'warning'): string {
  return String(gaps.filter((gap) => gap.severity === severity).length);
}

function formatTable(report: DealReport): string[] {
  const rows = report.deals.map((deal) => [
    deal.name,
    deal.stage,
    String(deal.score),
    count(deal.gaps, 'blocker'),
    count(deal.gaps, 'warning'),
  ]);
  return alignColumns([[...REPORT_TABLE_HEADERS], ...rows], REPORT_TABLE_RIGHT_ALIGNED);
}

/**
 * The table, a blank line, one block per deal (each followed by a blank line), with more than one
 * deal the top actions across them, then the legend.
 */
export function formatReportTable(report: DealReport): string {
  const blocks = report.deals.map((deal) => formatDealDetails(deal).join('\n'));
  const across = report.deals.length > 1 ? [formatTopActions(report.topActions).join('\n')] : [];
  const legend = formatScorecardLegend([...new Set(report.deals.map((deal) => deal.lens))]);
  return `${[formatTable(report).join('\n'), ...blocks, ...across, legend.join('\n')].join('\n\n')}\n`;
}
