// The preload bridge's names: IPC channels of the API and the type of `window.dealmap`, free of zod and Node.
import type { ApiFunctionName, DealmapApi } from './contract';
import type { WorkspaceEvents } from './workspace-events';

/** Prefix shared by every Dealmap IPC channel, so handlers and logs name their origin. */
export const API_CHANNEL_PREFIX = 'dealmap:';

/** The IPC channel of one API function, e.g. `dealmap:listDeals`. */
export function apiChannel(name: ApiFunctionName): string {
  return `${API_CHANNEL_PREFIX}${name}`;
}

/** What the preload exposes as `window.dealmap` in the desktop app: the contract's API and the push of workspace changes. */
export type DealmapWindowApi = DealmapApi & WorkspaceEvents;

/** The global the preload installs; the renderer reads `window[DEALMAP_WINDOW_KEY]`. */
export const DEALMAP_WINDOW_KEY = 'dealmap';
