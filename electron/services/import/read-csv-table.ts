// Streams a CSV file (a path or uploaded text) through csv-parse into a table: BOM, CRLF, quotes, `,` `;` or tab.
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { CsvRow, CsvTable, ImportProblem } from '../../../shared/import/import-types';
import { sniffDelimiter } from '../../../shared/import/sniff-delimiter';
import { messageRef, type MessageRef } from '../../../shared/i18n/message-ref';
import { importProblem } from '../../../shared/import/problem-log';

/** One file to read: `name` is what messages call it; either a path on disk or the text itself. */
export type CsvSource = { readonly name: string; readonly path: string } | { readonly name: string; readonly text: string };

export type CsvTableRead = { readonly ok: true; readonly table: CsvTable; readonly problems: readonly ImportProblem[] } | { readonly ok: false; readonly problem: ImportProblem };

/** A record larger than this is not a CRM export's record; the parser stops there instead of holding it. */
const MAX_RECORD_CHARS = 1_000_000;
const SNIFF_BYTES = 64 * 1024;

async function head(source: CsvSource): Promise<{ text: string; utf16: boolean }> {
  if ('text' in source) return { text: source.text.slice(0, SNIFF_BYTES), utf16: false };
  const handle = await open(source.path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const bytes = buffer.subarray(0, bytesRead);
    // Excel's "Unicode Text" (and Dealmap's own Excel export) is UTF-16 with a byte order mark.
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
    return { text: bytes.toString(utf16 ? 'utf16le' : 'utf8'), utf16 };
  } finally {
    await handle.close();
  }
}

function input(source: CsvSource, utf16: boolean): Readable {
  if ('text' in source) return Readable.from([source.text]);
  return Readable.from(openStream(source.path, utf16));
}

async function* openStream(path: string, utf16: boolean): AsyncGenerator<string> {
  const handle = await open(path, 'r');
  try {
    for await (const chunk of handle.createReadStream({ encoding: utf16 ? 'utf16le' : 'utf8', autoClose: false })) yield chunk as string;
  } finally {
    await handle.close();
  }
}

/** Line breaks inside a record's raw text, its terminator left out. */
function innerBreaks(raw: string): number {
  return raw.replace(/[\r\n]+$/, '').match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** The parser's complaints a user makes most, in the reader's language; any other in the parser's own English. */
const CSV_REASONS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'importing.reason.csv.quote-not-closed',
  CSV_INVALID_CLOSING_QUOTE: 'importing.reason.csv.bad-closing-quote',
  CSV_MAX_RECORD_SIZE: 'importing.reason.csv.record-too-large',
};

function csvReason(csvError: Partial<CsvError>, error: unknown): MessageRef | string {
  const known = csvError.code === undefined ? undefined : CSV_REASONS[csvError.code];
  return known === undefined ? (csvError.message ?? String(error)) : messageRef(known);
}

/** Reads the whole file; a file the parser cannot get through (an unclosed quote...) is one problem naming the line. */
export async function readCsvTable(source: CsvSource): Promise<CsvTableRead> {
  const file = source.name;
  let first;
  try {
    first = await head(source);
  } catch (error) {
    return { ok: false, problem: importProblem('error', file, messageRef('importing.reason.unreadable', { reason: error instanceof Error ? error.message : String(error) })) };
  }
  const parser = input(source, first.utf16).pipe(
    parse({ bom: true, delimiter: sniffDelimiter(first.text.replace(/^\uFEFF/, '')), relax_column_count: true, raw: true, max_record_size: MAX_RECORD_CHARS }),
  );
  let headers: string[] | undefined;
  const rows: CsvRow[] = [];
  const problems: ImportProblem[] = [];
  let line = 1;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const start = line;
      line += innerBreaks(raw) + 1;
      if (record.length === 1 && record[0]?.trim() === '') continue;
      if (headers === undefined) {
        headers = record.map((header) => header.replace(/^\uFEFF/, '').trim());
        continue;
      }
      if (problems.length === 0 && record.some((cell) => cell.includes('\uFFFD'))) {
        problems.push(importProblem('warning', file, messageRef('importing.reason.not-utf8'), start));
      }
      rows.push({ line: start, cells: record });
    }
  } catch (error) {
    const csvError = error as Partial<CsvError>;
    const at = typeof csvError.lines === 'number' ? csvError.lines : line;
    return { ok: false, problem: importProblem('error', file, messageRef('importing.reason.not-csv', { reason: csvReason(csvError, error) }), at) };
  }
  if (headers === undefined) return { ok: false, problem: importProblem('error', file, messageRef('importing.reason.empty-file')) };
  return { ok: true, table: { file, headers, rows }, problems };
}
