// The pipeline table's columns: header words and widths, in the order the issue lists them.
import type { PipelineColumn } from '../../shared/pipeline';

export interface ColumnSpec {
  readonly column: PipelineColumn;
  readonly label: string;
  /** CSS width of the column; the table has a fixed layout, so rows never change width while scrolling. */
  readonly width: string;
  readonly numeric?: boolean;
}

export const PIPELINE_TABLE_COLUMNS: readonly ColumnSpec[] = [
  { column: 'owner', label: 'Owner', width: '10%' },
  { column: 'account', label: 'Account', width: '15%' },
  { column: 'deal', label: 'Deal', width: '16%' },
  { column: 'amount', label: 'Amount', width: '10%', numeric: true },
  { column: 'closeDate', label: 'Close date', width: '8.5%' },
  { column: 'stage', label: 'Stage', width: '8.5%' },
  { column: 'score', label: 'Score', width: '5.5%', numeric: true },
  { column: 'blockers', label: 'Blockers', width: '7%', numeric: true },
  { column: 'topGap', label: 'Top gap', width: '19.5%' },
];

/** Rows have one fixed height, which is what lets the table render only the rows in view. */
export const PIPELINE_ROW_HEIGHT = 40;
export const PIPELINE_HEADER_HEIGHT = 38;
