// Bundles the Electron main process, its listing worker and the preload into self-contained CommonJS files under dist/electron/.
import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--out-dir` lets the packaging test build into a temp folder instead of the dist/ other tests read.
const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
const outDir = path.resolve(values['out-dir'] ?? path.join(root, 'dist', 'electron'));

// Everything but Electron itself is bundled: the packaged app ships dist/ and no node_modules.
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  // An empty `import.meta` in a CommonJS bundle breaks paths silently; fail the build instead.
  logOverride: { 'empty-import-meta': 'error' },
};

const bundles = [
  {
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outDir, 'main.cjs'),
    mayRequire: (name) => name === 'electron' || isBuiltin(name),
    // `import.meta.url` is the bundle's own file, so a URL made beside a module points beside main.cjs (listing-worker-url.ts).
    define: { 'import.meta.url': 'bundleImportMetaUrl' },
    inject: ['scripts/bundle-import-meta-url.mjs'],
  },
  {
    // The listing threads' module: a cold open of a large workspace qualifies deal files on every core.
    entryPoints: ['electron/services/index/listing-worker.ts'],
    outfile: path.join(outDir, 'listing-worker.cjs'),
    mayRequire: (name) => isBuiltin(name),
  },
  {
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    // The preload runs sandboxed, where require() knows 'electron' and no Node module.
    mayRequire: (name) => name === 'electron',
    // Some Electron versions run sandboxed preloads without a `module` object: the preload exports nothing.
    scriptOnly: true,
  },
];

// esbuild has already printed its errors; a stack trace would only bury them.
const results = await Promise.all(
  bundles.map(({ entryPoints, outfile, define, inject }) => build({ ...common, entryPoints, outfile, ...(define ? { define, inject } : {}) })),
).catch(() => process.exit(1));

const problems = results.flatMap(({ metafile }, index) =>
  Object.entries(metafile.outputs).flatMap(([output, { imports }]) =>
    imports
      .filter(({ external, path: name }) => external && !bundles[index].mayRequire(name))
      .map(({ path: name }) => `${output} requires ${name}`),
  ),
);
for (const { outfile, scriptOnly } of bundles) {
  if (scriptOnly && /\bmodule\.exports\b/.test(readFileSync(outfile, 'utf8'))) {
    problems.push(`${path.relative(root, outfile)} must export nothing (it runs as a sandboxed script)`);
  }
}
if (problems.length > 0) {
  console.error(`build-electron: bundles are not fit to ship:\n${problems.join('\n')}`);
  process.exit(1);
}

for (const { outfile } of bundles) console.log(`built ${path.relative(root, outfile)}`);
