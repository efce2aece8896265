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

/** One currency's line of the figure: what is at risk against what is open, never converted. */
export interface CurrencyRisk {
  readonly currency: string | null;
  /** Open amount in this currency's blocked open deals. */
  readonly atRisk: number;
  /** All open amount in this currency. */
  readonly open: number;
  /** Blocked open deals. */
  readonly deals: number;
  /** `atRisk / open`, from 0 to 1; null when no open deal in the currency has an amount. */
  readonly share: number | null;
}

function byCode(a: string | null, b: string | null): number {
  if ((a === null) !== (b === null)) return a === null ? 1 : -1;
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

/**
 * The currencies with a blocked open deal, the largest share of their open amount at risk first,
 * then the most blocked deals, then by code (no currency last).
 */
export function riskByCurrency(risk: RevenueAtRisk): CurrencyRisk[] {
  const openBy = new Map(risk.open.map((sum) => [sum.currency, sum.amount]));
  return risk.atRisk
    .map((sum) => {
      const open = openBy.get(sum.currency) ?? sum.amount;
      return { currency: sum.currency, atRisk: sum.amount, open, deals: sum.deals, share: open > 0 ? sum.amount / open : null };
    })
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || b.deals - a.deals || byCode(a.currency, b.currency));
}
