// Where the listing threads load their worker from, for callers running the TypeScript sources (CLI, browser host); the Electron bundle has no worker file and lists on one thread.
export const LISTING_WORKER_URL = new URL('./listing-worker.ts', import.meta.url);
