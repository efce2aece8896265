// Finds a file's columns by name, whatever the letter case, spacing or punctuation (API names and report labels alike).
import { slugify } from '../model/slug';
import type { CsvTable, ImportProblem } from './import-types';

/** `Account.Name`, `ACCOUNT_NAME` and `Account Name` all become `accountname`. */
export function headerKey(header: string): string {
  return slugify(header, Number.POSITIVE_INFINITY).replace(/-/g, '');
}

/** A field an import reads: the names it goes by, most specific first. */
export interface ColumnSpec {
  readonly names: readonly string[];
  readonly required?: boolean;
}

export type ColumnSpecs = Readonly<Record<string, ColumnSpec>>;

/** Where each field was found: its column index, or undefined when the file has no such column. */
export type ColumnIndex<S extends ColumnSpecs> = { readonly [K in keyof S]: number | undefined };

export interface ResolvedColumns<S extends ColumnSpecs> {
  readonly columns: ColumnIndex<S>;
  readonly problems: readonly ImportProblem[];
}

/** Matches each field to the first of its names the file has; a missing required column is an error of the file. */
export function resolveColumns<S extends ColumnSpecs>(table: CsvTable, specs: S, what: string): ResolvedColumns<S> {
  const byKey = new Map<string, number>();
  table.headers.forEach((header, index) => {
    const key = headerKey(header);
    if (key !== '' && !byKey.has(key)) byKey.set(key, index);
  });
  const problems: ImportProblem[] = [];
  const columns: Record<string, number | undefined> = {};
  for (const [field, spec] of Object.entries(specs)) {
    const found = spec.names.map((name) => byKey.get(headerKey(name))).find((index) => index !== undefined);
    columns[field] = found;
    if (found === undefined && spec.required === true) {
      problems.push({
        severity: 'error',
        file: table.file,
        line: 1,
        message: `missing the required column ${spec.names[0] ?? field} of ${what} (also read as: ${spec.names.slice(1).join(', ') || 'no other name'})`,
      });
    }
  }
  return { columns: columns as ColumnIndex<S>, problems };
}

/** The trimmed cell of a field, or '' when the file has no such column or the row is short. */
export function cellOf(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}
