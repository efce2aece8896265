// "Revenue at risk": the open amount in open deals that have at least one blocker.
import { sumByCurrency, type CurrencyAmount } from './currency-amounts';
import type { PipelineRow } from './pipeline-row';

export interface RevenueAtRisk {
  /** Per currency, most deals first; empty when no open deal is blocked. */
  readonly atRisk: readonly CurrencyAmount[];
  /** All open amount per currency, so the figure reads against the whole pipeline. */
  readonly open: readonly CurrencyAmount[];
}

export function isBlockedOpenDeal(row: PipelineRow): boolean {
  return row.status === 'open' && row.blockers > 0;
}

export function revenueAtRisk(rows: readonly PipelineRow[]): RevenueAtRisk {
  const open = rows.filter((row) => row.status === 'open');
  return { atRisk: sumByCurrency(open.filter(isBlockedOpenDeal)), open: sumByCurrency(open) };
}
