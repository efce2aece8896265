// `npm run dealmap`: the CLI from bundles kept under node_modules/.cache (made again when a file they were made of changed), else from the sources through tsx.
import { join } from 'node:path';
import { loadBundled, root, runFromSources } from './bundled-entry.mjs';

/** The CLI and its two thread modules, bundled side by side: a bundled module finds its workers beside itself (report-pool.ts, listing-worker-url.ts). */
const ENTRIES = {
  dealmap: 'electron/cli/dealmap.ts',
  'report-worker': 'electron/cli/report-worker.ts',
  'listing-worker': 'electron/services/index/listing-worker.ts',
};

// DEALMAP_CLI_CACHE: tests build into a temp folder instead of the one every run shares.
const cacheFolder = process.env.DEALMAP_CLI_CACHE ?? join(root, 'node_modules', '.cache', 'dealmap-cli');
// The bundle runs the CLI as it loads.
const cli = await loadBundled({ cacheFolder, entries: ENTRIES, launcher: 'scripts/dealmap.mjs', main: 'dealmap' });
if (cli === null) runFromSources(ENTRIES.dealmap, process.argv.slice(2));
