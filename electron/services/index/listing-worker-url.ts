// Where the listing threads load their worker from: the TypeScript source beside this file (from the sources), or listing-worker.cjs beside a bundle.
/** In a bundle (the desktop's main.cjs, the CLI's and the host's, see scripts/) `import.meta.url` is the bundle's own URL, and the worker is bundled beside it. */
const bundled = import.meta.url.endsWith('.cjs');

export const LISTING_WORKER_URL = new URL(bundled ? './listing-worker.cjs' : './listing-worker.ts', import.meta.url);
