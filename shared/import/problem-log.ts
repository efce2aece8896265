// Collects an import's problems as they are met and remembers which records had errors.
import { dealmapIntl, renderMessage } from '../i18n/dealmap-intl';
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { CsvRow, CsvTable, ImportProblem } from './import-types';

/** Where a problem is (file, line, column) and its reason, as a message: `opportunities.csv, line 7, column CloseDate: expected a date...`. */
export function importProblemMessage(problem: ImportProblem): MessageRef {
  const { file, line, column } = problem;
  const reason = problem.reason ?? problem.message;
  if (line !== undefined && column !== undefined) return messageRef('importing.problem.at-cell', { file, line, column, reason });
  if (line !== undefined) return messageRef('importing.problem.at-line', { file, line, reason });
  if (column !== undefined) return messageRef('importing.problem.at-column', { file, column, reason });
  return messageRef('importing.problem.in-file', { file, reason });
}

/** A problem of a whole file (or one line of it), its reason as a message and in English beside it. */
export function importProblem(severity: ImportProblem['severity'], file: string, reason: MessageRef, line?: number): ImportProblem {
  return { severity, file, ...(line === undefined ? {} : { line }), ...why(reason) };
}

/** The same in English: the host's refusal, which the CLI and logs print. */
export function formatImportProblem(problem: ImportProblem): string {
  return renderMessage(dealmapIntl('en'), importProblemMessage(problem));
}

export class ProblemLog {
  readonly problems: ImportProblem[] = [];
  private readonly badRows = new Set<string>();
  /** Role values no table knows, in the order met. */
  readonly unknownRoles = new Set<string>();

  /** Adds every problem of a list (e.g. the missing columns of a file). */
  addAll(problems: readonly ImportProblem[]): void {
    this.problems.push(...problems);
  }

  /** An error of one record; `column` is the header index. */
  error(table: CsvTable, row: CsvRow, column: number | undefined, reason: MessageRef): void {
    this.badRows.add(`${table.file}\n${row.line}`);
    this.problems.push({ severity: 'error', file: table.file, line: row.line, ...columnName(table, column), ...why(reason) });
  }

  warn(table: CsvTable, row: CsvRow | undefined, column: number | undefined, reason: MessageRef): void {
    this.problems.push({ severity: 'warning', file: table.file, ...(row === undefined ? {} : { line: row.line }), ...columnName(table, column), ...why(reason) });
  }

  isBad(table: CsvTable, row: CsvRow): boolean {
    return this.badRows.has(`${table.file}\n${row.line}`);
  }

  get badRowCount(): number {
    return this.badRows.size;
  }
}

function why(reason: MessageRef): { message: string; reason: MessageRef } {
  return { message: renderMessage(dealmapIntl('en'), reason), reason };
}

function columnName(table: CsvTable, column: number | undefined): { column?: string } {
  if (column === undefined) return {};
  return { column: table.headers[column] ?? `column ${column + 1}` };
}
