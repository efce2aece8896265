// The pipeline table's columns: header words, what a header's sort means, in the order the issue lists them.
import { AMOUNT_SORT_TEXT, type PipelineColumn } from '../../shared/pipeline';

export interface ColumnSpec {
  readonly column: PipelineColumn;
  readonly label: string;
  readonly numeric?: boolean;
  /** Said on the header (tooltip and aria-description) when its order needs explaining. */
  readonly description?: string;
}

/**
 * Widths live in pipeline.css (`.pipeline-col-<column>`): amounts, dates, stage, score, blockers and
 * top gap have room for their longest value; owner, account and deal share what is left, and the
 * table scrolls sideways below its minimum width rather than cut an amount or a date.
 */
export const PIPELINE_TABLE_COLUMNS: readonly ColumnSpec[] = [
  { column: 'owner', label: 'Owner' },
  { column: 'account', label: 'Account' },
  { column: 'deal', label: 'Deal' },
  { column: 'amount', label: 'Amount', numeric: true, description: `${AMOUNT_SORT_TEXT}.` },
  { column: 'closeDate', label: 'Close date' },
  { column: 'stage', label: 'Stage' },
  { column: 'score', label: 'Score', numeric: true },
  { column: 'blockers', label: 'Blockers', numeric: true },
  { column: 'topGap', label: 'Top gap' },
];

