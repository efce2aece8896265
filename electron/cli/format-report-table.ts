// The readable report: one aligned row per deal with stage, score and counts of blockers and warnings.
import type { DealReport } from './collect-report';

const HEADERS = ['Deal', 'Stage', 'Score', 'Blockers', 'Warnings'] as const;
/** Numbers align right, words left, as in any ledger. */
const RIGHT_ALIGNED = [false, false, true, true, true];

function count(gaps: DealReport['deals'][number]['gaps'], severity: 'blocker' | 'warning'): string {
  return String(gaps.filter((gap) => gap.severity === severity).length);
}

export function formatReportTable(report: DealReport): string {
  const rows = report.deals.map((deal) => [
    deal.name,
    deal.stage,
    String(deal.score),
    count(deal.gaps, 'blocker'),
    count(deal.gaps, 'warning'),
  ]);
  const table = [[...HEADERS], ...rows];
  const widths = HEADERS.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const lines = table.map((row) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return RIGHT_ALIGNED[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd(),
  );
  return `${lines.join('\n')}\n`;
}
