// Builds CSV tables for the reader tests: rows numbered as the file's lines (the header is line 1).
import type { CsvTable } from '../../../shared/import/import-types';

export function table(file: string, headers: readonly string[], ...rows: readonly (readonly string[])[]): CsvTable {
  return { file, headers, rows: rows.map((cells, index) => ({ line: index + 2, cells })) };
}

export const AUTO = { dateOrder: 'auto', skipBadRows: false } as const;
