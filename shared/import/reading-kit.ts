// The last step of every CRM reader: drop deals whose record had errors when bad rows are skipped, and count them.
import type { CrmDeal, CrmReading, CsvRow, CsvTable, ImportReadOptions } from './import-types';
import type { ProblemLog } from './problem-log';

/** A deal read from one record of a file, before the bad records are dropped. */
export interface DealDraft {
  readonly table: CsvTable;
  readonly row: CsvRow;
  readonly deal: CrmDeal;
}

/** Deals in file order; with errors and skipBadRows off the deals are still returned, for the preview, and apply refuses. */
export function finishReading(drafts: ReadonlyMap<string, DealDraft>, log: ProblemLog, options: ImportReadOptions): CrmReading {
  const deals: CrmDeal[] = [];
  for (const draft of drafts.values()) {
    if (!log.isBad(draft.table, draft.row)) deals.push(draft.deal);
  }
  return { deals, problems: log.problems, skippedRows: options.skipBadRows ? log.badRowCount : 0, unknownRoles: [...log.unknownRoles] };
}
