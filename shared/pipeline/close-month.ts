// Open amount per close month, split into deals with blockers and deals without, in one currency.
import type { PipelineRow } from './pipeline-row';

export interface CloseMonthAmount {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly blocked: number;
  readonly notBlocked: number;
  readonly blockedDeals: number;
  readonly notBlockedDeals: number;
}

export interface CloseMonthSeries {
  /** The currency charted; null for deals that name none. */
  readonly currency: string | null;
  /** Every currency among the open deals, in chartCurrencies' order: the chart offers the others. */
  readonly currencies: readonly (string | null)[];
  /** From the earliest to the latest close month, empty months included. */
  readonly months: readonly CloseMonthAmount[];
  /** Open deals in this currency without a close date: not on the chart, but counted. */
  readonly undatedDeals: number;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
}

interface CurrencyCounts {
  open: number;
  dated: number;
  blocked: number;
}

/**
 * The currencies of the open deals, the one best worth charting first: most open deals, then most
 * with a close date (the ones on the chart), then most with blockers, then by code, none last. The
 * order never depends on the rows' order, so the same pipeline always opens on the same currency.
 */
export function chartCurrencies(rows: readonly PipelineRow[]): (string | null)[] {
  const counts = new Map<string | null, CurrencyCounts>();
  for (const row of rows) {
    if (row.status !== 'open') continue;
    const count = counts.get(row.currency) ?? { open: 0, dated: 0, blocked: 0 };
    count.open += 1;
    if (row.closeDate) count.dated += 1;
    if (row.blockers > 0) count.blocked += 1;
    counts.set(row.currency, count);
  }
  return [...counts.entries()]
    .sort(([codeA, a], [codeB, b]) => {
      const byCounts = b.open - a.open || b.dated - a.dated || b.blocked - a.blocked;
      if (byCounts !== 0) return byCounts;
      if ((codeA === null) !== (codeB === null)) return codeA === null ? 1 : -1;
      return (codeA ?? '') < (codeB ?? '') ? -1 : 1;
    })
    .map(([code]) => code);
}

/**
 * Amounts of different currencies cannot share an axis, so one currency is charted: the one asked
 * for, or else the first of chartCurrencies.
 */
export function amountByCloseMonth(rows: readonly PipelineRow[], currency?: string | null): CloseMonthSeries {
  const open = rows.filter((row) => row.status === 'open');
  const currencies = chartCurrencies(open);
  const charted = currency !== undefined ? currency : (currencies[0] ?? null);
  const byMonth = new Map<string, { blocked: number; notBlocked: number; blockedDeals: number; notBlockedDeals: number }>();
  let undatedDeals = 0;
  for (const row of open) {
    if (row.currency !== charted) continue;
    if (!row.closeDate) {
      undatedDeals += 1;
      continue;
    }
    const month = row.closeDate.slice(0, 7);
    const sums = byMonth.get(month) ?? { blocked: 0, notBlocked: 0, blockedDeals: 0, notBlockedDeals: 0 };
    if (row.blockers > 0) {
      sums.blocked += row.amount ?? 0;
      sums.blockedDeals += 1;
    } else {
      sums.notBlocked += row.amount ?? 0;
      sums.notBlockedDeals += 1;
    }
    byMonth.set(month, sums);
  }
  const known = [...byMonth.keys()].sort();
  const months: CloseMonthAmount[] = [];
  const last = known[known.length - 1];
  for (let month = known[0]; month !== undefined && last !== undefined && month <= last; month = nextMonth(month)) {
    months.push({ month, ...(byMonth.get(month) ?? { blocked: 0, notBlocked: 0, blockedDeals: 0, notBlockedDeals: 0 }) });
  }
  return { currency: charted, currencies, months, undatedDeals };
}
