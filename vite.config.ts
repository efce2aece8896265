// Builds the renderer and configures the test projects (unit in Node, components in happy-dom, e2e).
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CONTENT_SECURITY_POLICY } from './electron/security.ts';

/** Puts the CSP in the built page too, as a second copy of the header app:// and the browser host send. */
function contentSecurityPolicyMeta(): Plugin {
  // frame-ancestors is ignored (with a console warning) in a meta tag; the HTTP header carries it.
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'dealmap-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * ELK (1.4 MB) ships in the map worker only: the page's bundle and the ranking worker's get a grid
 * stand-in for the rare layout they need. `plugins` do not apply to worker bundles in a build;
 * `worker.plugins` makes one of these per worker bundle, which keeps ELK for the map worker.
 */
function elkOnlyInMapWorker(): Plugin {
  const standIn = fileURLToPath(new URL('./renderer/map/elk-in-page.ts', import.meta.url));
  let mapWorker = false;
  return {
    name: 'dealmap-elk-only-in-map-worker',
    apply: 'build',
    enforce: 'pre',
    options(options) {
      mapWorker = JSON.stringify(options.input ?? '').includes('layout-worker');
      return null;
    },
    resolveId: (source) => (!mapWorker && source === 'elkjs/lib/elk-worker.min.js' ? standIn : null),
  };
}

/**
 * The page's catalogs (renderer/i18n/page-catalogs.ts) in place of shared/i18n/catalogs.ts: English
 * only in the first download, Swedish as its own chunk, no command-line text. Tests keep every catalog.
 */
function pageCatalogs(): Plugin {
  const everyCatalog = fileURLToPath(new URL('./shared/i18n/catalogs', import.meta.url));
  const pageCatalog = fileURLToPath(new URL('./renderer/i18n/page-catalogs.ts', import.meta.url));
  return {
    name: 'dealmap-page-catalogs',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source, importer) =>
      importer !== undefined && source.startsWith('.') && resolve(dirname(importer), source).replace(/\.ts$/, '') === everyCatalog ? pageCatalog : null,
  };
}

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), elkOnlyInMapWorker(), pageCatalogs()],
  // Workers keep the full catalogs: page-catalogs.ts loads Swedish into the page only, on the user's switch.
  worker: { plugins: () => [elkOnlyInMapWorker()] },
  // React Flow and d3 make one ~600 kB bundle; it loads from disk, so splitting buys nothing.
  build: { outDir, emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  // In `npm run dev` the API comes from the loopback host started beside Vite.
  server: { host: '127.0.0.1', port: 5173, proxy: { '/api': 'http://127.0.0.1:5174' } },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    // Workspace indexes of test runs go to a temp folder, never the user's cache.
    env: { DEALMAP_CACHE_DIR: join(tmpdir(), 'dealmap-test-cache') },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/docs/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.tsx', 'tests/renderer/**/*.test.ts'],
          // A whole app rendered in happy-dom, with lazy chunks transformed on first use, outlasts 5 s on a loaded 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
