// Reads the project's Markdown pages as the doc tests need them: tables, headings' anchors and links.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface MarkdownTable {
  /** The heading the table stands under, without its `#`s. */
  readonly heading: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export function readDoc(relativePath: string): string {
  return readFileSync(`${REPO_ROOT}${relativePath}`, 'utf8');
}

/** The lines outside fenced code blocks, each with its line number (1-based). */
export function proseLines(text: string): { readonly line: string; readonly number: number }[] {
  const out: { line: string; number: number }[] = [];
  let fenced = false;
  text.split('\n').forEach((line, index) => {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return;
    }
    if (!fenced) out.push({ line, number: index + 1 });
  });
  return out;
}

/** A table row's cells, trimmed; `\|` inside a cell is a literal bar. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

export function markdownTables(text: string): MarkdownTable[] {
  const tables: MarkdownTable[] = [];
  const lines = proseLines(text).map(({ line }) => line);
  let heading = '';
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const title = /^#{1,6}\s+(.*)$/.exec(line);
    if (title) heading = title[1] ?? '';
    const separator = lines[index + 1] ?? '';
    if (!line.startsWith('|') || !/^\|\s*:?-{3,}/.test(separator)) continue;
    const rows: string[][] = [];
    let at = index + 2;
    while ((lines[at] ?? '').startsWith('|')) rows.push(cells(lines[at++] ?? ''));
    tables.push({ heading, header: cells(line), rows });
    index = at - 1;
  }
  return tables;
}

/** The one table of the page whose header starts with these cells; throws when there is none or several. */
export function tableStartingWith(text: string, header: readonly string[]): MarkdownTable {
  const found = markdownTables(text).filter((table) => header.every((cell, index) => table.header[index] === cell));
  if (found.length !== 1) throw new Error(`expected one table headed ${header.join(' | ')}, found ${found.length}`);
  return found[0] as MarkdownTable;
}

/** The texts in backticks in a cell: "`a`, `b`" gives ["a", "b"]. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
export function headingSlug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every anchor the page's headings give, duplicates numbered as GitHub numbers them. */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { line } of proseLines(text)) {
    const title = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (!title) continue;
    const slug = headingSlug(title[1] ?? '');
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  return anchors;
}

export interface MarkdownLink {
  readonly target: string;
  readonly line: number;
}

/** The links and images of the page, outside code blocks and code spans. */
export function markdownLinks(text: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (const { line, number } of proseLines(text)) {
    const prose = line.replace(/`[^`]*`/g, (span) => (span.includes('](') ? '' : span));
    for (const match of prose.matchAll(/!?\[(?:[^\]]|`[^`]*`)*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      links.push({ target: match[1] ?? '', line: number });
    }
  }
  return links;
}
