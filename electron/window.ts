// The main window: locked-down web preferences, navigation and pop-up guards, then the renderer loaded.
import { BrowserWindow, shell, type WebContents } from 'electron';
import type { AppLocations } from './app-locations';
import { isSafeExternalUrl, isSamePageUrl } from './security';

/** Opens an https link in the system browser; anything else is dropped. */
function openExternally(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

/** The page can neither leave the app's own page nor open windows; https links go to the browser. */
export function guardWebContents(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event) => {
    if (isSamePageUrl(event.url, appUrl)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isSamePageUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

export function createMainWindow(locations: AppLocations): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Dealmap',
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload: locations.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    },
  });
  guardWebContents(window.webContents, locations.appUrl);
  window.once('ready-to-show', () => window.show());
  const loading =
    locations.renderer.kind === 'file'
      ? window.loadFile(locations.renderer.path)
      : window.loadURL(locations.renderer.url);
  loading.catch((error: unknown) => {
    // Without ready-to-show the window would stay hidden and the app look hung; show it and log why.
    console.error('Dealmap could not load its page:', error);
    if (!window.isDestroyed()) window.show();
  });
  return window;
}

/** Brings the window forward, e.g. when the user starts Dealmap a second time. */
export function focusMainWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
