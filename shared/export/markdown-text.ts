// Markdown escaping and tables, so names typed by users never turn into links, HTML or broken tables.

/** Inline text with Markdown's and HTML's special characters escaped and line breaks folded. */
export function markdownText(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/([\\`*_[\]{}<>|#~!])/g, '\\$1')
    .replace(/&/g, '&amp;');
}

/** A GitHub-flavoured table; numeric columns right-aligned. */
export function markdownTable(headers: readonly string[], numeric: readonly boolean[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownText).join(' | ')} |`;
  const rule = `| ${headers.map((_, index) => (numeric[index] ? '---:' : '---')).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** A multi-line text as a block quote, each line escaped. */
export function markdownQuote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${markdownText(line)}`))
    .join('\n');
}
