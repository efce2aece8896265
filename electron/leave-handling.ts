// Close, Reload and Quit while the page still holds unsaved work: the page saves first, then what the user asked for happens.
import { BrowserWindow, type App, type BaseWindow, type WebContents } from 'electron';

/** Pages whose developer Reload is under way (see `reloadPage`). */
const reloading = new WeakSet<WebContents>();

/** Reload from the developer menu; the page's leave guard is told apart from a close (see `installLeaveHandling`). */
export function reloadPage(contents: WebContents, ignoringCache: boolean): void {
  reloading.add(contents);
  if (ignoringCache) contents.reloadIgnoringCache();
  else contents.reload();
}

/** The menu hands its click the focused window, which is a BrowserWindow only when it holds a page. */
export function reloadFocusedWindow(window: BaseWindow | undefined, ignoringCache: boolean): void {
  if (window instanceof BrowserWindow) reloadPage(window.webContents, ignoringCache);
}

/**
 * The renderer's leave guard holds an unload with unsaved work (beforeunload), saves, then closes
 * the window itself. Electron reports the hold as `will-prevent-unload` and, left alone, keeps the
 * page: right for a close. A Quit (Cmd+Q) held that way is finished here once the page has closed
 * itself, since macOS would otherwise keep running without a window; a developer Reload goes ahead,
 * the edits having been sent as the page goes (its pagehide flush), instead of ending in a close.
 */
export function installLeaveHandling(window: BrowserWindow, app: Pick<App, 'on' | 'removeListener' | 'quit'>): void {
  const contents = window.webContents;
  let quitRequested = false;
  let quitWhenClosed = false;
  const onBeforeQuit = (): void => {
    quitRequested = true;
  };
  app.on('before-quit', onBeforeQuit);

  contents.on('will-prevent-unload', (event) => {
    if (reloading.has(contents)) {
      event.preventDefault();
      return;
    }
    // The page saves, then closes its window: a quit it held resumes then (see 'closed'), also
    // when a failed save kept the window open and the user closes it later, leaving that edit.
    quitWhenClosed ||= quitRequested;
    quitRequested = false;
  });
  // The reload is over once the page navigated or failed to; a later hold is a close again.
  contents.on('did-navigate', () => reloading.delete(contents));
  contents.on('did-fail-load', () => reloading.delete(contents));
  window.on('closed', () => {
    app.removeListener('before-quit', onBeforeQuit);
    if (quitWhenClosed) app.quit();
  });
}
