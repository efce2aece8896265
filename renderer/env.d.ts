// Globals the renderer may find: the Electron preload's API object, absent in a plain browser; Vite's import.meta.env.
/// <reference types="vite/client" />
import type { DealmapApi } from '../shared/api/contract';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts through contextBridge; undefined in the browser host. */
    dealmap?: DealmapApi;
  }
}

export {};
