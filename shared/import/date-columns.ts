// Decides whether a column's slash dates put the day or the month first, and says so when the file cannot tell.
import { messageRef } from '../i18n/message-ref';
import type { ProblemLog } from './problem-log';
import { slashDateHint } from './cell-values';
import type { CsvTable, DateOrder } from './import-types';

/**
 * The order to read the column's dates with: the chosen one, or the one its values prove
 * (a part above 12). A column with both kinds is an error; one that cannot tell is read month
 * first (the US report default) with a warning naming an example.
 */
export function columnDateOrder(table: CsvTable, column: number | undefined, chosen: DateOrder, log: ProblemLog): 'month-first' | 'day-first' {
  if (chosen !== 'auto') return chosen;
  if (column === undefined) return 'month-first';
  let dayFirst: string | undefined;
  let monthFirst: string | undefined;
  let either: string | undefined;
  for (const row of table.rows) {
    const text = (row.cells[column] ?? '').trim();
    const hint = slashDateHint(text);
    if (hint === 'day-first') dayFirst ??= text;
    else if (hint === 'month-first') monthFirst ??= text;
    else if (hint === 'either') either ??= text;
  }
  if (dayFirst !== undefined && monthFirst !== undefined) {
    log.warn(table, undefined, column, messageRef('importing.reason.mixed-date-order', { dayFirst, monthFirst }));
    return 'month-first';
  }
  if (dayFirst !== undefined) return 'day-first';
  if (monthFirst !== undefined) return 'month-first';
  if (either !== undefined) {
    log.warn(table, undefined, column, messageRef('importing.reason.either-date-order', { example: either }));
  }
  return 'month-first';
}
