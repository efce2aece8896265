// Where the shell finds its preload and page, packaged and in development.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveAppLocations } from '../../../electron/app-locations';

const appPath = path.resolve('/opt/dealmap');
const indexPath = path.join(appPath, 'dist', 'renderer', 'index.html');

describe('resolveAppLocations', () => {
  it('loads the built renderer and the bundled preload from the app folder', () => {
    expect(resolveAppLocations(appPath, true, undefined)).toEqual({
      preloadPath: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
      renderer: { kind: 'file', path: indexPath },
      appUrl: pathToFileURL(indexPath).href,
      devOrigin: null,
    });
  });

  it('loads the Vite dev server when DEALMAP_DEV_URL is set in development', () => {
    const locations = resolveAppLocations(appPath, false, 'http://127.0.0.1:5173');
    expect(locations.renderer).toEqual({ kind: 'url', url: 'http://127.0.0.1:5173/' });
    expect(locations.appUrl).toBe('http://127.0.0.1:5173/');
    expect(locations.devOrigin).toBe('http://127.0.0.1:5173');
  });

  it('ignores DEALMAP_DEV_URL in a packaged app', () => {
    expect(resolveAppLocations(appPath, true, 'http://127.0.0.1:5173').renderer).toEqual({
      kind: 'file',
      path: indexPath,
    });
  });

  it('refuses a dev URL that is not http on loopback', () => {
    expect(() => resolveAppLocations(appPath, false, 'https://evil.example/')).toThrow(/127\.0\.0\.1 or localhost/);
    expect(() => resolveAppLocations(appPath, false, 'file:///tmp/index.html')).toThrow(/127\.0\.0\.1 or localhost/);
    expect(() => resolveAppLocations(appPath, false, 'nonsense')).toThrow(/not a URL/);
  });
});
