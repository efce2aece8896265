// Reads the deal fields every CRM has (name, account, owner, amount, currency, close date, stage, status) from one record.
import { messageRef } from '../i18n/message-ref';
import { readAmount, readDate, readFlag } from './cell-values';
import { headerKey, cellOf } from './header-names';
import type { CrmDeal, CsvRow, CsvTable } from './import-types';
import type { ProblemLog } from './problem-log';

/** The columns of the deal fields; undefined where the file has none. */
export interface DealFieldColumns {
  readonly name: number | undefined;
  readonly account: number | undefined;
  readonly owner: number | undefined;
  readonly amount: number | undefined;
  readonly currency: number | undefined;
  readonly closeDate: number | undefined;
  readonly stage: number | undefined;
  readonly isClosed: number | undefined;
  readonly isWon: number | undefined;
}

type DealFields = Omit<CrmDeal, 'system' | 'id' | 'key' | 'people'>;

/** The deal file keeps at most this much of a CRM's stage or role text (see external-schema.ts). */
export const MAX_CRM_TEXT = 200;

/** Won or lost from a stage text such as `Closed Won`, `closedlost` or `Closed Won (Sales Pipeline)`. */
export function statusFromStage(stage: string): 'open' | 'won' | 'lost' {
  const key = headerKey(stage);
  if (key.startsWith('closedwon') || key === 'won') return 'won';
  if (key.startsWith('closedlost') || key === 'lost') return 'lost';
  return 'open';
}

function flag(table: CsvTable, row: CsvRow, column: number | undefined, log: ProblemLog): boolean | undefined {
  const text = cellOf(row.cells, column);
  if (column === undefined || text === '') return undefined;
  const read = readFlag(text);
  if (!read.ok) log.error(table, row, column, read.reason);
  return read.ok ? read.value : undefined;
}

/** The status: IsWon/IsClosed where the file has them, else read from the stage text. */
function dealStatus(table: CsvTable, row: CsvRow, columns: DealFieldColumns, stage: string, log: ProblemLog): 'open' | 'won' | 'lost' {
  const won = flag(table, row, columns.isWon, log);
  const closed = flag(table, row, columns.isClosed, log);
  if (won === true) return 'won';
  if (closed === true) return 'lost';
  if (closed === false) return 'open';
  if (won === false && statusFromStage(stage) === 'won') return 'open';
  return statusFromStage(stage);
}

/** The deal fields of one record, errors logged against their column; undefined when the name is missing. */
export function readDealFields(
  table: CsvTable,
  row: CsvRow,
  columns: DealFieldColumns,
  dateOrder: 'month-first' | 'day-first',
  log: ProblemLog,
): DealFields | undefined {
  const name = cellOf(row.cells, columns.name);
  if (name === '') {
    log.error(table, row, columns.name, messageRef('importing.reason.no-deal-name'));
    return undefined;
  }
  const stage = cellOf(row.cells, columns.stage);
  let account = cellOf(row.cells, columns.account);
  if (account === '') {
    log.warn(table, row, columns.account, messageRef('importing.reason.no-account', { name }));
    account = name;
  }
  const fields: { -readonly [K in keyof DealFields]: DealFields[K] } = { name, account, status: dealStatus(table, row, columns, stage, log) };
  const owner = cellOf(row.cells, columns.owner);
  if (owner !== '') fields.owner = owner;
  if (stage !== '') fields.stage = stage.slice(0, MAX_CRM_TEXT);
  const amountText = cellOf(row.cells, columns.amount);
  if (amountText !== '') {
    const amount = readAmount(amountText);
    if (!amount.ok) log.error(table, row, columns.amount, amount.reason);
    else {
      fields.amount = amount.value.amount;
      if (amount.value.currency !== undefined) fields.currency = amount.value.currency;
    }
  }
  const currency = cellOf(row.cells, columns.currency).toUpperCase();
  if (currency !== '') {
    if (/^[A-Z]{3}$/.test(currency)) fields.currency = currency;
    else log.error(table, row, columns.currency, messageRef('importing.reason.currency', { text: cellOf(row.cells, columns.currency) }));
  }
  const closeText = cellOf(row.cells, columns.closeDate);
  if (closeText !== '') {
    const closeDate = readDate(closeText, dateOrder);
    if (closeDate.ok) fields.closeDate = closeDate.value;
    else log.error(table, row, columns.closeDate, closeDate.reason);
  }
  return fields;
}
