// Every relative link of the README and the docs pages reaches a file, and every #anchor a heading.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingAnchors, markdownLinks, readDoc, REPO_ROOT } from './markdown-doc';

/** README.md and every Markdown page under docs/. */
function pages(): string[] {
  const found = ['README.md'];
  const walk = (folder: string): void => {
    for (const name of readdirSync(join(REPO_ROOT, folder)).sort()) {
      const path = `${folder}/${name}`;
      if (statSync(join(REPO_ROOT, path)).isDirectory()) walk(path);
      else if (name.endsWith('.md')) found.push(path);
    }
  };
  walk('docs');
  return found;
}

/** What is wrong with one link of a page, or null when it resolves. */
function brokenLink(page: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
  const [pathPart = '', anchor] = target.split('#');
  const file = pathPart === '' ? page : normalize(join(dirname(page), decodeURIComponent(pathPart)));
  if (file.startsWith('..')) return `leaves the repository (${file})`;
  if (!existsSync(join(REPO_ROOT, file))) return `no file ${file}`;
  if (anchor === undefined) return null;
  if (!file.endsWith('.md')) return `an anchor into ${file}, which is not a Markdown page`;
  return headingAnchors(readDoc(file)).has(anchor) ? null : `no heading #${anchor} in ${file}`;
}

describe('links in the README and docs/', () => {
  const all = pages();

  it('finds the pages and their links', () => {
    expect(all).toContain('docs/cli.md');
    expect(markdownLinks(readDoc('README.md')).length).toBeGreaterThan(10);
  });

  it.each(all)('%s: every relative link and anchor resolves', (page) => {
    const broken = markdownLinks(readDoc(page))
      .map((link) => ({ link: `${page}:${link.line} ${link.target}`, problem: brokenLink(page, link.target) }))
      .filter((result) => result.problem !== null);
    expect(broken).toEqual([]);
  });

  it('catches a missing file and a missing anchor', () => {
    expect(brokenLink('README.md', 'docs/no-such-page.md')).toBe('no file docs/no-such-page.md');
    expect(brokenLink('docs/cli.md', 'engine-rules.md#no-such-heading')).toBe('no heading #no-such-heading in docs/engine-rules.md');
    expect(brokenLink('docs/cli.md', '#report')).toBeNull();
    expect(brokenLink('docs/cli.md', '../../outside.md')).toMatch(/^leaves the repository/);
  });
});

describe('the README', () => {
  const readme = readDoc('README.md');

  it('stays a newcomer’s page: at most 200 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
  });

  it('keeps the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toMatch(/^npm test\b/m);
  });

  it('links every page under docs/', () => {
    const linked = new Set(
      markdownLinks(readme).map((link) => normalize(link.target.split('#')[0] ?? '')),
    );
    const unlinked = pages()
      .filter((page) => page.startsWith('docs/') && relative('docs', page).split('/').length <= 2)
      .filter((page) => !linked.has(page));
    expect(unlinked).toEqual([]);
  });
});
