// Runs an entry of this repository from esbuild bundles kept in a cache folder (made again when a file they were made of changed), else from the sources through tsx.
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The map's layout engine (ELK, 2.6 MB), loaded from node_modules only when first used, as the
 * report threads load it (thread-pool.ts): neither the CLI nor the host lays out a map as it starts, and loading it took 0.2 s.
 */
const elkOnUse = {
  name: 'elk-on-use',
  setup(build) {
    const path = createRequire(import.meta.url).resolve('elkjs/lib/elk-worker.min.js');
    build.onResolve({ filter: /^elkjs\/lib\/elk-worker\.min\.js$/ }, () => ({ path: 'elk-worker', namespace: 'on-use' }));
    // A path held in a variable: esbuild leaves that require to run time instead of bundling the file.
    build.onLoad({ filter: /.*/, namespace: 'on-use' }, () => ({ contents: `const path = ${JSON.stringify(path)};\nmodule.exports = { get Worker() { return require(path).Worker; } };`, loader: 'js' }));
  },
};

/** A write changes a file's ctime, which no program sets back: size, inode and both times name one version of a file. */
function identityOf(path) {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  return stats === undefined ? null : `${stats.size}:${stats.ino}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

/** The folder of bundles still made of the files as they are now, or null. */
function freshBundles({ cacheFolder, entries }) {
  const stampFile = join(cacheFolder, 'bundles.json');
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (typeof stamp.folder !== 'string' || !Array.isArray(stamp.inputs) || stamp.inputs.length === 0) return null;
    const fresh = stamp.inputs.every(([path, known]) => typeof path === 'string' && identityOf(join(root, path)) === known);
    const folder = join(cacheFolder, stamp.folder);
    // A folder removed by hand (or half copied) is bundled again rather than failing to load.
    return fresh && Object.keys(entries).every((entry) => identityOf(join(folder, `${entry}.cjs`)) !== null) ? folder : null;
  } catch {
    return null;
  }
}

/** Bundles `entries` into a new folder and stamps it with the identity of every file it was made of; null where esbuild cannot. */
async function bundle({ cacheFolder, entries, launcher }) {
  const stampFile = join(cacheFolder, 'bundles.json');
  let build;
  try {
    ({ build } = await import('esbuild'));
  } catch {
    return null;
  }
  const startedAt = Date.now();
  const name = `bundles-${process.pid}-${startedAt}`;
  const folder = join(cacheFolder, name);
  try {
    mkdirSync(cacheFolder, { recursive: true });
    const result = await build({
      absWorkingDir: root,
      entryPoints: entries,
      outdir: folder,
      outExtension: { '.js': '.cjs' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Loaded from node_modules when used: Chromium's driver for PDF packs.
      external: ['playwright-core', 'esbuild'],
      plugins: [elkOnUse],
      // `import.meta.url` is each bundle's own file, so a URL made beside a module points beside the bundle.
      define: { 'import.meta.url': 'bundleImportMetaUrl' },
      inject: ['scripts/bundle-import-meta-url.mjs'],
      logLevel: 'silent',
      logOverride: { 'empty-import-meta': 'error' },
      metafile: true,
    });
    const files = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('on-use:'));
    // A file written while bundling may be in the bundle as it was before: then nothing is stamped and the next run bundles again.
    const inputs = [...files, launcher, 'scripts/bundled-entry.mjs', 'package-lock.json'].map((path) => [path, identityOf(join(root, path))]);
    const settled = inputs.every(([path, known]) => known !== null && lstatSync(join(root, path)).ctimeMs < startedAt - 1000);
    if (settled) {
      const temp = `${stampFile}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ folder: name, inputs }));
      renameSync(temp, stampFile);
    }
    removeOldBundles(cacheFolder, name);
    return folder;
  } catch {
    // A source esbuild cannot bundle, or a cache folder that cannot be written: the sources through tsx.
    rmSync(folder, { recursive: true, force: true });
    return null;
  }
}

/** Other runs' bundles over an hour old, except the stamped one: a run still using one started long before. */
function removeOldBundles(cacheFolder, keep) {
  let stamped = null;
  try {
    stamped = JSON.parse(readFileSync(join(cacheFolder, 'bundles.json'), 'utf8')).folder;
  } catch {
    // No stamp: nothing else is in use.
  }
  for (const entry of readdirSync(cacheFolder)) {
    if (entry === keep || entry === stamped || !entry.startsWith('bundles-')) continue;
    const made = Number(entry.split('-').at(-1));
    if (Date.now() - made > 60 * 60 * 1000) rmSync(join(cacheFolder, entry), { recursive: true, force: true });
  }
}

/**
 * The bundle of `entries` (name: source path) in `cacheFolder`, bundled first when missing or stale,
 * loaded with require; null where it cannot be bundled. `launcher`: the script asking (stamped too).
 */
export async function loadBundled({ cacheFolder, entries, launcher, main }) {
  const folder = freshBundles({ cacheFolder, entries }) ?? (await bundle({ cacheFolder, entries, launcher }));
  // require, not import(): importing CommonJS from ESM scans its 2 MB for export names first (0.2 s).
  return folder === null ? null : createRequire(import.meta.url)(join(folder, `${main}.cjs`));
}

/** The sources through tsx in a child process (no esbuild, or a source it cannot bundle): its exit status becomes this one's. */
export function runFromSources(source, args) {
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const run = spawnSync(process.execPath, [tsx, join(root, source), ...args], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
