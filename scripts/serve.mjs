// `npm run serve`: the browser host from bundles kept under node_modules/.cache (made again when a file they were made of changed), else from the sources through tsx.
import { join } from 'node:path';
import { loadBundled, root, runFromSources } from './bundled-entry.mjs';

/** The host and its listing threads, bundled side by side: a bundled host finds its worker beside itself (listing-worker-url.ts). */
const ENTRIES = {
  'serve-main': 'electron/host/serve-main.ts',
  'listing-worker': 'electron/services/index/listing-worker.ts',
};

// DEALMAP_HOST_CACHE: tests build into a temp folder instead of the one every run shares.
const cacheFolder = process.env.DEALMAP_HOST_CACHE ?? join(root, 'node_modules', '.cache', 'dealmap-host');
const host = await loadBundled({ cacheFolder, entries: ENTRIES, launcher: 'scripts/serve.mjs', main: 'serve-main' });
if (host === null) runFromSources('electron/host/serve.ts', process.argv.slice(2));
else host.runServe(root, process.argv.slice(2));
