// Where the shell finds its preload and renderer: the build served over app://, or the Vite dev server.
import path from 'node:path';
import { APP_INDEX_URL } from './app-protocol';

export interface AppLocations {
  /** Absolute path of the bundled, sandbox-ready preload script. */
  readonly preloadPath: string;
  /** The folder app:// serves (the renderer build), or null when the page comes from the dev server. */
  readonly rendererRoot: string | null;
  /** The URL the window loads; IPC senders and navigations are checked against it. */
  readonly appUrl: string;
  /** Origin of the dev server when the renderer comes from it, else null. */
  readonly devOrigin: string | null;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The dev server URL, accepted only on loopback so an environment variable cannot point the app elsewhere. */
export function parseDevServerUrl(devUrl: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(devUrl);
  } catch {
    throw new Error(`DEALMAP_DEV_URL is not a URL: ${devUrl}`);
  }
  if (parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname)) {
    throw new Error(`DEALMAP_DEV_URL must be an http URL on 127.0.0.1 or localhost, got ${devUrl}`);
  }
  return parsed;
}

/**
 * `appPath` is `app.getAppPath()` (the folder holding package.json and dist/), which works from the
 * CommonJS bundle and inside the asar archive alike. The dev URL is ignored in a packaged app.
 */
export function resolveAppLocations(appPath: string, isPackaged: boolean, devUrl: string | undefined): AppLocations {
  const preloadPath = path.join(appPath, 'dist', 'electron', 'preload.cjs');
  if (!isPackaged && devUrl !== undefined && devUrl !== '') {
    const url = parseDevServerUrl(devUrl);
    return { preloadPath, rendererRoot: null, appUrl: url.href, devOrigin: url.origin };
  }
  return { preloadPath, rendererRoot: path.join(appPath, 'dist', 'renderer'), appUrl: APP_INDEX_URL, devOrigin: null };
}
