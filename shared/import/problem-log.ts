// Collects an import's problems as they are met and remembers which records had errors.
import type { CsvRow, CsvTable, ImportProblem } from './import-types';

/** The one-line form of a problem: `opportunities.csv, line 7, column CloseDate: expected a date...`. */
export function formatImportProblem(problem: ImportProblem): string {
  const where = [problem.file, problem.line === undefined ? null : `line ${problem.line}`, problem.column === undefined ? null : `column ${problem.column}`]
    .filter((part) => part !== null)
    .join(', ');
  return `${where}: ${problem.message}`;
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
  error(table: CsvTable, row: CsvRow, column: number | undefined, message: string): void {
    this.badRows.add(`${table.file}\n${row.line}`);
    this.problems.push({ severity: 'error', file: table.file, line: row.line, ...columnName(table, column), message });
  }

  warn(table: CsvTable, row: CsvRow | undefined, column: number | undefined, message: string): void {
    this.problems.push({ severity: 'warning', file: table.file, ...(row === undefined ? {} : { line: row.line }), ...columnName(table, column), message });
  }

  isBad(table: CsvTable, row: CsvRow): boolean {
    return this.badRows.has(`${table.file}\n${row.line}`);
  }

  get badRowCount(): number {
    return this.badRows.size;
  }
}

function columnName(table: CsvTable, column: number | undefined): { column?: string } {
  if (column === undefined) return {};
  return { column: table.headers[column] ?? `column ${column + 1}` };
}
