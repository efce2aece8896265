// The worked examples of a docs page: its `$ command` output blocks and its prose with line breaks folded.
import { expect } from 'vitest';
import { readDoc } from './markdown-doc';

/** The lines of the page's code block that starts with `$ <command>`, the command line left out. */
export function commandBlock(page: string, command: string): string[] {
  const text = readDoc(page);
  const start = text.indexOf(`$ ${command}\n`);
  if (start < 0) throw new Error(`no "$ ${command}" block in ${page}`);
  const body = text.slice(start + command.length + 3, text.indexOf('\n```', start));
  return body.split('\n');
}

/** The page as one line of prose, so a figure split across two lines is still found. */
export function foldedProse(page: string): string {
  return readDoc(page).replace(/\s+/g, ' ');
}

/** Every line of the block, but "…" (lines left out), appears in the output, in the same order. */
export function expectAbridgedOutput(block: readonly string[], output: string): void {
  const lines = output.split('\n').map((line) => line.trimEnd());
  let at = 0;
  for (const line of block) {
    if (line === '…') continue;
    const found = lines.indexOf(line.trimEnd(), at);
    expect({ line, found: found >= 0 }).toEqual({ line, found: true });
    at = found + 1;
  }
}
