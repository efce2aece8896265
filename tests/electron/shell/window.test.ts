// The main window's locked-down settings and its navigation and pop-up guards, with `electron` faked.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveAppLocations } from '../../../electron/app-locations';
import { createMainWindow, focusMainWindow } from '../../../electron/window';
import { FakeBrowserWindow, fakeShell, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectronModule);

const appPath = path.resolve('/opt/dealmap');
const locations = resolveAppLocations(appPath, true, undefined);
const appUrl = locations.appUrl;

function openWindow(): FakeBrowserWindow {
  // The fake module stands in for Electron, so the window created is a FakeBrowserWindow.
  return createMainWindow(locations) as unknown as FakeBrowserWindow;
}

beforeEach(() => resetFakeElectron());
afterEach(() => vi.restoreAllMocks());

describe('createMainWindow', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security, the bundled preload', () => {
    const window = openWindow();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('loads the built renderer from disk', () => {
    const window = openWindow();
    expect(window.loaded).toEqual([{ kind: 'file', target: path.join(appPath, 'dist', 'renderer', 'index.html') }]);
  });

  it('loads the dev server URL in development', () => {
    const window = createMainWindow(
      resolveAppLocations(appPath, false, 'http://localhost:5173/'),
    ) as unknown as FakeBrowserWindow;
    expect(window.loaded).toEqual([{ kind: 'url', target: 'http://localhost:5173/' }]);
  });
});

describe('a page that fails to load', () => {
  it('still shows the window, so the app does not look hung, and logs why', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new Error('ERR_FILE_NOT_FOUND');
    const loadFile = vi.spyOn(FakeBrowserWindow.prototype, 'loadFile').mockRejectedValueOnce(failure);
    const shown = vi.spyOn(FakeBrowserWindow.prototype, 'show');
    openWindow();
    await new Promise(setImmediate);
    expect(loadFile).toHaveBeenCalledOnce();
    expect(shown).toHaveBeenCalledOnce();
    expect(logged).toHaveBeenCalledWith('Dealmap could not load its page:', failure);
  });
});

describe('navigation guard', () => {
  it('lets the page change its own hash or query', () => {
    const { webContents } = openWindow();
    expect(webContents.attempt('will-navigate', `${appUrl}#/deals/acme`)).toBe(false);
  });

  it('blocks navigation to another page, and sends only https links to the browser', () => {
    const { webContents } = openWindow();
    expect(webContents.attempt('will-navigate', 'https://example.com/pricing')).toBe(true);
    expect(webContents.attempt('will-navigate', 'http://example.com/')).toBe(true);
    expect(webContents.attempt('will-navigate', pathToFileURL('/etc/passwd').href)).toBe(true);
    expect(fakeShell.openExternal.mock.calls).toEqual([['https://example.com/pricing']]);
  });

  it('blocks redirects away from the page and refuses webviews', () => {
    const { webContents } = openWindow();
    expect(webContents.attempt('will-redirect', 'https://evil.example/')).toBe(true);
    expect(webContents.attempt('will-attach-webview')).toBe(true);
    expect(fakeShell.openExternal).not.toHaveBeenCalled();
  });
});

describe('window-open guard', () => {
  it('denies every new window and opens an https link in the system browser', () => {
    const { webContents } = openWindow();
    expect(webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(fakeShell.openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it.each(['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'not a url'])(
    'denies %s without opening anything',
    (url) => {
      const { webContents } = openWindow();
      expect(webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      expect(fakeShell.openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('focusMainWindow', () => {
  it('restores a minimised window and focuses it', () => {
    const window = openWindow();
    window.minimized = true;
    focusMainWindow(window as never);
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('does nothing without a live window', () => {
    const window = openWindow();
    window.close();
    expect(() => focusMainWindow(window as never)).not.toThrow();
    expect(() => focusMainWindow(null)).not.toThrow();
    expect(window.focused).toBe(false);
  });
});
