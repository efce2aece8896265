// Every deal of the workspace as a pipeline row: listed summaries as they came, the open deal from its working copy.
import { useMemo } from 'react';
import { rowOfSummary, type DealSummary, type PipelineRow } from '../../shared/pipeline';
import { visibleDeals } from '../state/app-state';
import { useAppState } from '../state/store-context';

const rows = new WeakMap<DealSummary, PipelineRow>();

/** Summaries are never mutated: an edit or a new listing makes new ones, so only those rows are rebuilt. */
export function pipelineRowOf(summary: DealSummary): PipelineRow {
  let row = rows.get(summary);
  if (row === undefined) {
    row = rowOfSummary(summary);
    rows.set(summary, row);
  }
  return row;
}

export function usePipelineRows(): readonly PipelineRow[] {
  const deals = useAppState((s) => s.deals);
  const deal = useAppState((s) => s.deal);
  const whatIf = useAppState((s) => s.whatIf);
  const asOf = useAppState((s) => s.asOf);
  const settings = useAppState((s) => s.settings);
  return useMemo(
    () => visibleDeals({ deals, deal, whatIf, asOf, settings }).map(pipelineRowOf),
    [deals, deal, whatIf, asOf, settings],
  );
}
