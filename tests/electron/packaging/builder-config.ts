// electron-builder.yml as electron-builder reads it (js-yaml), and its `files` globs matched the way electron-builder matches them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { Minimatch } from 'minimatch';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface BuilderConfig {
  readonly files?: readonly string[];
  readonly asar?: boolean;
  readonly electronFuses?: Readonly<Record<string, boolean>>;
  readonly [key: string]: unknown;
}

export function readBuilderConfig(): BuilderConfig {
  return load(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

/**
 * Whether electron-builder packs `relativePath` (slash-separated, from the app folder): the
 * patterns apply in order, a later `!pattern` excluding what an earlier one included (as in
 * app-builder-lib's minimatchAll).
 */
export function isPacked(relativePath: string, files: readonly string[]): boolean {
  let packed = false;
  for (const pattern of files) {
    const matcher = new Minimatch(pattern, { dot: true });
    // Once packed, only an exclusion can change that; until then, only an inclusion can.
    if (packed !== matcher.negate) continue;
    packed = matcher.match(relativePath);
  }
  return packed;
}
