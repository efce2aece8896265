// The pipeline table's columns (their words are `pipeline.column.<column>` in the catalogs), in the order the issue lists them.
import type { PipelineColumn } from '../../shared/pipeline';

export interface ColumnSpec {
  readonly column: PipelineColumn;
  readonly numeric?: boolean;
  /** Said on the header (tooltip and aria-description) when its order needs explaining: `pipeline.column.<column>.description`. */
  readonly described?: boolean;
}

/**
 * Widths live in pipeline.css (`.pipeline-col-<column>`): amounts, dates, stage, score, blockers and
 * top gap have room for their longest value; owner, account and deal share what is left, and the
 * table scrolls sideways below its minimum width rather than cut an amount or a date.
 */
export const PIPELINE_TABLE_COLUMNS: readonly ColumnSpec[] = [
  { column: 'owner' },
  { column: 'account' },
  { column: 'deal' },
  { column: 'amount', numeric: true, described: true },
  { column: 'closeDate' },
  { column: 'stage' },
  { column: 'score', numeric: true },
  { column: 'blockers', numeric: true },
  { column: 'topGap' },
];

