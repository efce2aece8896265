// Every deal of the workspace as a pipeline row, qualified once per deal version, review date and settings.
import { useMemo } from 'react';
import { pipelineRow, type PipelineRow } from '../../shared/pipeline';
import type { Deal } from '../../shared/model/deal-schema';
import type { EngineSettings } from '../../shared/settings/workspace-settings';
import { visibleDeals } from '../state/app-state';
import { qualificationOf } from '../state/qualification';
import { useAppState } from '../state/store-context';

interface CachedRow {
  readonly asOf: string;
  readonly settings: EngineSettings;
  readonly row: PipelineRow;
}

const rows = new WeakMap<Deal, CachedRow>();

/**
 * Deals are never mutated: an edit makes a new deal object, so only that deal's row is rebuilt.
 * The qualification comes from the cache every pane shares, with the same settings they pass.
 */
export function pipelineRowOf(deal: Deal, asOf: string, settings: EngineSettings): PipelineRow {
  const hit = rows.get(deal);
  if (hit && hit.asOf === asOf && hit.settings === settings) return hit.row;
  const row = pipelineRow(deal, qualificationOf(deal, asOf, settings));
  rows.set(deal, { asOf, settings, row });
  return row;
}

export function usePipelineRows(): readonly PipelineRow[] {
  const deals = useAppState((s) => s.deals);
  const deal = useAppState((s) => s.deal);
  const whatIf = useAppState((s) => s.whatIf);
  const asOf = useAppState((s) => s.asOf);
  const settings = useAppState((s) => s.settings);
  return useMemo(
    () => visibleDeals({ deals, deal, whatIf }).map((listed) => pipelineRowOf(listed, asOf, settings)),
    [deals, deal, whatIf, asOf, settings],
  );
}
