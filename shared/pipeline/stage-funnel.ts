// Stage funnel data: how many deals, and how much money per currency, sit at each computed stage.
import { QUALIFICATION_STAGES, type QualificationStage } from '../engine/types';
import { sumByCurrency, type CurrencyAmount } from './currency-amounts';
import type { PipelineRow } from './pipeline-row';

export interface FunnelStage {
  readonly stage: QualificationStage;
  readonly deals: number;
  /** The stage's amounts per currency, most deals first. */
  readonly amounts: readonly CurrencyAmount[];
}

/** Every stage in order (lead to lost), with zero counts kept so the funnel's shape stays honest. */
export function stageFunnel(rows: readonly PipelineRow[]): FunnelStage[] {
  const byStage = new Map<QualificationStage, PipelineRow[]>(QUALIFICATION_STAGES.map((stage) => [stage, []]));
  for (const row of rows) byStage.get(row.stage)?.push(row);
  return QUALIFICATION_STAGES.map((stage) => {
    const at = byStage.get(stage) ?? [];
    return { stage, deals: at.length, amounts: sumByCurrency(at) };
  });
}
