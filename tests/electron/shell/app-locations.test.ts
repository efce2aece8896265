// Where the shell finds its preload and page, packaged and in development.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppLocations } from '../../../electron/app-locations';

const appPath = path.resolve('/opt/dealmap');

describe('resolveAppLocations', () => {
  it('serves the built renderer over app:// and loads the bundled preload from the app folder', () => {
    expect(resolveAppLocations(appPath, true, undefined)).toEqual({
      preloadPath: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
      rendererRoot: path.join(appPath, 'dist', 'renderer'),
      appUrl: 'app://dealmap/index.html',
      devOrigin: null,
    });
  });

  it('loads the Vite dev server when DEALMAP_DEV_URL is set in development', () => {
    const locations = resolveAppLocations(appPath, false, 'http://127.0.0.1:5173');
    expect(locations.rendererRoot).toBeNull();
    expect(locations.appUrl).toBe('http://127.0.0.1:5173/');
    expect(locations.devOrigin).toBe('http://127.0.0.1:5173');
  });

  it('ignores DEALMAP_DEV_URL in a packaged app', () => {
    const locations = resolveAppLocations(appPath, true, 'http://127.0.0.1:5173');
    expect(locations.appUrl).toBe('app://dealmap/index.html');
    expect(locations.rendererRoot).toBe(path.join(appPath, 'dist', 'renderer'));
  });

  it('refuses a dev URL that is not http on loopback', () => {
    expect(() => resolveAppLocations(appPath, false, 'https://evil.example/')).toThrow(/127\.0\.0\.1 or localhost/);
    expect(() => resolveAppLocations(appPath, false, 'file:///tmp/index.html')).toThrow(/127\.0\.0\.1 or localhost/);
    expect(() => resolveAppLocations(appPath, false, 'nonsense')).toThrow(/not a URL/);
  });
});
