// docs/architecture.md's folder map and scripts table against the repository and package.json.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeSpans, readDoc, REPO_ROOT, tableStartingWith } from './markdown-doc';

const architecture = readDoc('docs/architecture.md');

/** The text of the folder map: the code block under "## Folders". */
function folderMap(): string {
  const section = architecture.slice(architecture.indexOf('\n## Folders'));
  const start = section.indexOf('```\n') + 4;
  return section.slice(start, section.indexOf('\n```', start));
}

/** The lines of the map under a folder: `shared` from its line to the next top-level one; `electron/services` its indented block. */
function mapPart(map: string, folder: string): string {
  const [top = '', sub] = folder.split('/');
  const lines = map.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${top}/`));
  if (start < 0) return '';
  const end = lines.findIndex((line, index) => index > start && /^\S/.test(line));
  const block = lines.slice(start, end < 0 ? undefined : end);
  if (sub === undefined) return block.join('\n');
  const subStart = block.findIndex((line) => line.trimStart().startsWith(`${sub}/`));
  if (subStart < 0) return '';
  const indent = (line: string): number => line.length - line.trimStart().length;
  const subEnd = block.findIndex((line, index) => index > subStart && indent(line) <= indent(block[subStart] ?? ''));
  return block.slice(subStart + 1, subEnd < 0 ? undefined : subEnd).join('\n');
}

function folders(parent: string): string[] {
  return readdirSync(join(REPO_ROOT, parent))
    .filter((name) => statSync(join(REPO_ROOT, parent, name)).isDirectory())
    .sort();
}

/** The repository's own top-level folders: not dependencies, builds, test output or git's. */
const NOT_SOURCE = new Set(['node_modules', 'dist', 'release', 'test-results', 'coverage', '.git']);

describe('docs/architecture.md', () => {
  const map = folderMap();

  it('maps every top-level folder of the repository', () => {
    const topLevel = folders('.').filter((name) => !NOT_SOURCE.has(name));
    expect(topLevel).toEqual(expect.arrayContaining(['electron', 'renderer', 'shared', 'tests']));
    const mapped = [...map.matchAll(/^(\S+)\//gm)].map((match) => match[1]);
    expect(mapped.sort()).toEqual(topLevel);
  });

  it.each(['shared', 'electron', 'renderer', 'electron/services'])('names every folder of %s/ in its part of the map', (parent) => {
    const part = mapPart(map, parent);
    const named = (folder: string): boolean => new RegExp(`(^|[\\s,])${folder}/`, 'm').test(part);
    expect(part.length).toBeGreaterThan(0);
    expect(folders(parent).filter((folder) => !named(folder))).toEqual([]);
  });

  it('lists every npm script of package.json', () => {
    const { scripts } = JSON.parse(readDoc('package.json')) as { scripts: Record<string, string> };
    const documented = tableStartingWith(architecture, ['script', 'what it does']).rows.flatMap(([script = '']) =>
      codeSpans(script).map((command) => command.replace(/^npm (run )?/, '')),
    );
    expect(documented.sort()).toEqual(Object.keys(scripts).sort());
  });
});
