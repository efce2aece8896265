// The readable report: an aligned row per deal, each deal's lens scorecard, weakest link and top actions, then the top actions across deals.
import { dealmapIntl, messageRef, renderMessage, type DealmapIntl } from '../../shared/i18n';
import type { QualificationStage } from '../../shared/engine/types';
import { alignColumns } from './align-columns';
import type { DealReport } from './collect-report';
import { formatDealDetails, formatScorecardLegend } from './format-scorecard';
import { formatTopActions } from './format-top-actions';

const ENGLISH = dealmapIntl('en');

const HEADERS = ['deal', 'stage', 'score', 'blockers', 'warnings'] as const;

/** The table's header row in the report's language. */
export function reportTableHeaders(intl: DealmapIntl = ENGLISH): string[] {
  return HEADERS.map((header) => renderMessage(intl, messageRef(`cli.report.header.${header}`)));
}

/** One deal's row: name, stage in words, score and the two counts. */
export function reportTableRow(intl: DealmapIntl, name: string, stage: QualificationStage, score: number, blockers: number, warnings: number): string[] {
  return [name, renderMessage(intl, messageRef('cli.report.stage', { stage })), intl.formatNumber(score), intl.formatNumber(blockers), intl.formatNumber(warnings)];
}
/** Numbers align right, words left, as in any ledger. */
export const REPORT_TABLE_RIGHT_ALIGNED = [false, false, true, true, true];

function count(gaps: DealReport['deals'][number]['gaps'], severity: 'blocker' | 'warning'): number {
  return gaps.filter((gap) => gap.severity === severity).length;
}

function formatTable(report: DealReport, intl: DealmapIntl): string[] {
  const rows = report.deals.map((deal) => reportTableRow(intl, deal.name, deal.stage, deal.score, count(deal.gaps, 'blocker'), count(deal.gaps, 'warning')));
  return alignColumns([reportTableHeaders(intl), ...rows], REPORT_TABLE_RIGHT_ALIGNED);
}

/**
 * The table, a blank line, one block per deal (each followed by a blank line), with more than one
 * deal the top actions across them, then the legend.
 */
export function formatReportTable(report: DealReport, intl: DealmapIntl = ENGLISH): string {
  const blocks = report.deals.map((deal) => formatDealDetails(deal, intl).join('\n'));
  const across = report.deals.length > 1 ? [formatTopActions(report.topActions, intl).join('\n')] : [];
  const legend = formatScorecardLegend([...new Set(report.deals.map((deal) => deal.lens))], intl);
  return `${[formatTable(report, intl).join('\n'), ...blocks, ...across, legend.join('\n')].join('\n\n')}\n`;
}
