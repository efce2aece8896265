// The readable report: an aligned row per deal, then each deal's lens scorecard, weakest link and top actions.
import type { DealReport } from './collect-report';
import { formatDealDetails, formatScorecardLegend } from './format-scorecard';

const HEADERS = ['Deal', 'Stage', 'Score', 'Blockers', 'Warnings'] as const;
/** Numbers align right, words left, as in any ledger. */
const RIGHT_ALIGNED = [false, false, true, true, true];

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
  const table = [[...HEADERS], ...rows];
  const widths = HEADERS.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  return table.map((row) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return RIGHT_ALIGNED[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd(),
  );
}

/** The table, a blank line, one block per deal (each followed by a blank line), then the legend. */
export function formatReportTable(report: DealReport): string {
  const blocks = report.deals.map((deal) => formatDealDetails(deal).join('\n'));
  const legend = formatScorecardLegend([...new Set(report.deals.map((deal) => deal.lens))]);
  return `${[formatTable(report).join('\n'), ...blocks, legend.join('\n')].join('\n\n')}\n`;
}
