// Finds a file's columns by name, whatever the letter case, spacing or punctuation (API names and report labels alike).
import { slugify } from '../model/slug';
import { messageRef } from '../i18n/message-ref';
import type { CsvTable, ImportProblem } from './import-types';
import { importProblem } from './problem-log';

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
/** Which export a file is, to name it in a missing column's problem. */
export type ExportKind = 'opportunities' | 'contacts' | 'contactRoles' | 'hubspotContacts' | 'hubspotDeals' | 'associations';

export function resolveColumns<S extends ColumnSpecs>(table: CsvTable, specs: S, what: ExportKind): ResolvedColumns<S> {
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
      // The other names are the file's own words, listed as written.
      const others = spec.names.slice(1).join(', ');
      const reason = messageRef('importing.reason.missing-column', { column: spec.names[0] ?? field, export: what, others: others === '' ? messageRef('importing.reason.no-other-name') : others });
      problems.push(importProblem('error', table.file, reason, 1));
    }
  }
  return { columns: columns as ColumnIndex<S>, problems };
}

/** The trimmed cell of a field, or '' when the file has no such column or the row is short. */
export function cellOf(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}
