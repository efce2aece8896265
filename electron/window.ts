// The main window: locked-down web preferences, navigation and pop-up guards, then the renderer loaded.
import { BrowserWindow, type WebContents } from 'electron';
import type { AppLocations } from './app-locations';
import { openAppLink } from './open-external';
import { isSamePageUrl } from './security';

/**
 * The page can neither leave the app's own page nor open windows. Links the app produced go to the
 * system browser once the user agrees (see `openAppLink`); everything else is refused and logged.
 */
export function guardWebContents(contents: WebContents, appUrl: string, owner: () => BrowserWindow | null): void {
  contents.on('will-navigate', (event) => {
    if (isSamePageUrl(event.url, appUrl)) return;
    event.preventDefault();
    console.warn(`Dealmap refused to navigate its window to ${event.url}.`);
  });
  contents.on('will-redirect', (event) => {
    if (isSamePageUrl(event.url, appUrl)) return;
    event.preventDefault();
    console.warn(`Dealmap refused a redirect to ${event.url}.`);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url, frameName }) => {
    openAppLink(owner(), url, frameName).catch((error: unknown) => console.error(`Dealmap could not open ${url}:`, error));
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
      // A middle click on a link must not open anything the window-open guard has not seen.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  guardWebContents(window.webContents, locations.appUrl, () => window);
  window.once('ready-to-show', () => window.show());
  window.loadURL(locations.appUrl).catch((error: unknown) => {
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
