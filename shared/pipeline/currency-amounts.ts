// Money per currency: deal amounts are summed only within one currency, never across.
import type { PipelineRow } from './pipeline-row';

export interface CurrencyAmount {
  /** ISO 4217 code; null for deals that name no currency. */
  readonly currency: string | null;
  readonly amount: number;
  /** Deals counted, with or without an amount. */
  readonly deals: number;
}

/** Sums amounts per currency; the currency with the most deals first, then by code, `null` last. */
export function sumByCurrency(rows: Iterable<Pick<PipelineRow, 'amount' | 'currency'>>): CurrencyAmount[] {
  const sums = new Map<string | null, { amount: number; deals: number }>();
  for (const row of rows) {
    const sum = sums.get(row.currency) ?? { amount: 0, deals: 0 };
    sum.amount += row.amount ?? 0;
    sum.deals += 1;
    sums.set(row.currency, sum);
  }
  return [...sums.entries()]
    .map(([currency, sum]) => ({ currency, amount: sum.amount, deals: sum.deals }))
    .sort((a, b) => {
      if ((a.currency === null) !== (b.currency === null)) return a.currency === null ? 1 : -1;
      return b.deals - a.deals || ((a.currency ?? '') < (b.currency ?? '') ? -1 : 1);
    });
}
