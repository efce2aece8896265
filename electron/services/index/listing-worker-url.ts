// Where the listing threads load their worker from: the TypeScript source beside this file (CLI, browser host, sources), or listing-worker.cjs beside the desktop bundle.
/** In the desktop bundle `import.meta.url` is main.cjs's own URL (scripts/build-electron.mjs), and the worker is bundled beside it. */
const bundled = import.meta.url.endsWith('.cjs');

export const LISTING_WORKER_URL = new URL(bundled ? './listing-worker.cjs' : './listing-worker.ts', import.meta.url);
