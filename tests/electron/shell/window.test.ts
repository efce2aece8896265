// The main window's locked-down settings and its navigation and pop-up guards, with `electron` faked.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveAppLocations } from '../../../electron/app-locations';
import { APP_LINK_TARGET } from '../../../electron/security';
import { createMainWindow, focusMainWindow } from '../../../electron/window';
import { FakeBrowserWindow, fakeDialog, fakeShell, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectronModule);

const appPath = path.resolve('/opt/dealmap');
const locations = resolveAppLocations(appPath, true, undefined);
const appUrl = locations.appUrl;

function openWindow(): FakeBrowserWindow {
  // The fake module stands in for Electron, so the window created is a FakeBrowserWindow.
  return createMainWindow(locations) as unknown as FakeBrowserWindow;
}

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** Lets the prompt's promise settle. */
const settle = () => new Promise(setImmediate);

describe('createMainWindow', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security, the bundled preload', () => {
    const window = openWindow();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('loads the built renderer over app://, never from file://', () => {
    const window = openWindow();
    expect(window.loaded).toEqual([{ kind: 'url', target: 'app://dealmap/index.html' }]);
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
    const loadURL = vi.spyOn(FakeBrowserWindow.prototype, 'loadURL').mockRejectedValueOnce(failure);
    const shown = vi.spyOn(FakeBrowserWindow.prototype, 'show');
    openWindow();
    await settle();
    expect(loadURL).toHaveBeenCalledOnce();
    expect(shown).toHaveBeenCalledOnce();
    expect(logged).toHaveBeenCalledWith('Dealmap could not load its page:', failure);
  });
});

describe('navigation guard', () => {
  it('lets the page change its own hash or query', () => {
    const { webContents } = openWindow();
    expect(webContents.attempt('will-navigate', `${appUrl}#/deals/acme`)).toBe(false);
    expect(webContents.attempt('will-navigate', `${appUrl}?deal=acme`)).toBe(false);
  });

  it.each([
    'https://example.com/pricing',
    'http://example.com/',
    'file:///etc/passwd',
    'app://dealmap/assets/index.js',
    'app://elsewhere/index.html',
  ])('blocks navigation to %s, opens nothing and logs it', async (url) => {
    const { webContents } = openWindow();
    expect(webContents.attempt('will-navigate', url)).toBe(true);
    await settle();
    expect(fakeShell.openExternal).not.toHaveBeenCalled();
    expect(fakeDialog.showMessageBox).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(`Dealmap refused to navigate its window to ${url}.`);
  });

  it('blocks redirects away from the page and refuses webviews', () => {
    const { webContents } = openWindow();
    expect(webContents.attempt('will-redirect', 'https://evil.example/')).toBe(true);
    expect(webContents.attempt('will-redirect', `${appUrl}#/deals`)).toBe(false);
    expect(webContents.attempt('will-attach-webview')).toBe(true);
    expect(fakeShell.openExternal).not.toHaveBeenCalled();
  });
});

describe('window-open guard', () => {
  it('denies the new window, asks the user about a link the app produced, and opens it on yes', async () => {
    const { webContents } = openWindow();
    fakeDialog.answer = 0;
    expect(webContents.windowOpenHandler?.({ url: 'https://example.com/a b', frameName: APP_LINK_TARGET })).toEqual({
      action: 'deny',
    });
    await settle();
    expect(fakeDialog.showMessageBox).toHaveBeenCalledOnce();
    expect(fakeShell.openExternal.mock.calls).toEqual([['https://example.com/a%20b']]);
  });

  it('opens nothing when the user cancels', async () => {
    const { webContents } = openWindow();
    webContents.windowOpenHandler?.({ url: 'https://example.com/', frameName: APP_LINK_TARGET });
    await settle();
    expect(fakeDialog.showMessageBox).toHaveBeenCalledOnce();
    expect(fakeShell.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    ['an unmarked https link', 'https://example.com/', ''],
    ['a _blank https link', 'https://example.com/', '_blank'],
    ['http', 'http://example.com/', APP_LINK_TARGET],
    ['file', 'file:///etc/passwd', APP_LINK_TARGET],
    ['javascript', 'javascript:alert(1)', APP_LINK_TARGET],
    ['data', 'data:text/html,hi', APP_LINK_TARGET],
    ['credentials', 'https://bank.example@evil.example/', APP_LINK_TARGET],
    ['not a URL', 'not a url', APP_LINK_TARGET],
  ])('denies %s without asking or opening anything', async (_case, url, frameName) => {
    const { webContents } = openWindow();
    fakeDialog.answer = 0;
    expect(webContents.windowOpenHandler?.({ url, frameName })).toEqual({ action: 'deny' });
    await settle();
    expect(fakeDialog.showMessageBox).not.toHaveBeenCalled();
    expect(fakeShell.openExternal).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining(`Dealmap refused to open ${url}`));
  });
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
