// The readable report written as the deals stream past: the table from the listing's summaries, then each deal's block as it is reported.
import { gapSeverityCounts, type DealSummary } from '../../shared/pipeline/deal-summary';
import type { LensId } from '../../shared/model/deal-schema';
import { dealmapIntl, type DealmapIntl } from '../../shared/i18n';
import { alignColumns } from './align-columns';
import type { DealReport, ReportedDeal } from './collect-report';
import { formatDealDetails, formatScorecardLegend } from './format-scorecard';
import { formatReportTable, REPORT_TABLE_RIGHT_ALIGNED, reportTableHeaders, reportTableRow } from './format-report-table';
import { formatTopActions } from './format-top-actions';

export interface ReportTableWriter {
  /** The listing's summaries, before any deal: the table's rows, its columns as wide as their widest cell. */
  listed(deals: readonly DealSummary[]): void;
  deal(deal: ReportedDeal): void;
  /** What follows the blocks; false when no deal was readable. */
  end(rest: Omit<DealReport, 'deals'>): boolean;
}

/**
 * Writes what formatReportTable would, without holding the deals: a workspace's table comes from
 * the summaries (same stage, score and gap counts, qualified with the same date and settings), each
 * block as its deal arrives. A deal file that became unreadable since the listing keeps its row and
 * loses its block. Deals reported without a listing (one deal file) are held and formatted at the end.
 */
export function reportTableWriter(write: (text: string) => void, intl: DealmapIntl = dealmapIntl('en')): ReportTableWriter {
  let tableWritten = false;
  let blocks = 0;
  const lenses = new Set<LensId>();
  const held: ReportedDeal[] = [];
  return {
    listed(deals) {
      if (deals.length === 0) return;
      const rows = deals.map((deal) => {
        const { blockers, warnings } = gapSeverityCounts(deal);
        return reportTableRow(intl, deal.name, deal.stage, deal.score, blockers, warnings);
      });
      write(alignColumns([reportTableHeaders(intl), ...rows], REPORT_TABLE_RIGHT_ALIGNED).join('\n'));
      tableWritten = true;
    },
    deal(deal) {
      if (!tableWritten) {
        held.push(deal);
        return;
      }
      write(`\n\n${formatDealDetails(deal, intl).join('\n')}`);
      blocks += 1;
      lenses.add(deal.lens);
    },
    end(rest) {
      if (held.length > 0) write(formatReportTable({ deals: held, ...rest }, intl));
      else if (tableWritten) {
        const across = blocks > 1 ? `\n\n${formatTopActions(rest.topActions, intl).join('\n')}` : '';
        write(`${across}\n\n${formatScorecardLegend([...lenses], intl).join('\n')}\n`);
      }
      return held.length > 0 || tableWritten;
    },
  };
}
