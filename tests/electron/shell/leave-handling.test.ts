// Close, Reload and Quit with unsaved edits, with `electron` faked: the page saves first, then the user's request happens.
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installLeaveHandling } from '../../../electron/leave-handling';
import { buildMenuTemplate } from '../../../electron/menu';
import { FakeBrowserWindow, FakeEvent, fakeApp, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectronModule);

let window: FakeBrowserWindow;

beforeEach(() => {
  resetFakeElectron();
  window = new FakeBrowserWindow({});
  installLeaveHandling(window as never, fakeApp as never);
});

/** The page's beforeunload held the unload (it has unsaved work): true when main let the unload go ahead. */
function pageHoldsUnload(): boolean {
  const event = new FakeEvent();
  window.webContents.emit('will-prevent-unload', event);
  return event.defaultPrevented;
}

/** The renderer's leave guard, once its save succeeded, closes its own window. */
function pageClosesItselfAfterSaving(): void {
  window.close();
}

function devMenuItem(label: string): MenuItemConstructorOptions {
  const view = buildMenuTemplate({ platform: 'darwin', isPackaged: false }).find((item) => item.label === 'View');
  const item = (Array.isArray(view?.submenu) ? view.submenu : []).find((entry) => entry.label === label);
  if (item?.click === undefined) throw new Error(`no ${label} item`);
  return item;
}

function clickMenu(label: string, target: FakeBrowserWindow | undefined): void {
  const item = devMenuItem(label);
  (item.click as (item: unknown, window: unknown, event: unknown) => void)({}, target, {});
}

describe('Quit (Cmd+Q) with unsaved edits', () => {
  it('keeps the window while the page saves, then quits once the page has closed itself', () => {
    fakeApp.emit('before-quit');
    expect(pageHoldsUnload()).toBe(false);
    expect(fakeApp.quit).not.toHaveBeenCalled();
    pageClosesItselfAfterSaving();
    expect(fakeApp.quit).toHaveBeenCalledOnce();
  });

  it('does not quit while a failed save keeps the window open', () => {
    fakeApp.emit('before-quit');
    pageHoldsUnload();
    expect(fakeApp.quit).not.toHaveBeenCalled();
    expect(window.isDestroyed()).toBe(false);
  });

  it('stops listening for quits once the window is gone', () => {
    window.close();
    expect(fakeApp.listenerCount('before-quit')).toBe(0);
  });
});

describe('Close with unsaved edits', () => {
  it('keeps the window while the page saves and only closes it, the app staying (macOS keeps running)', () => {
    expect(pageHoldsUnload()).toBe(false);
    pageClosesItselfAfterSaving();
    expect(fakeApp.quit).not.toHaveBeenCalled();
  });
});

describe('Reload from the developer menu', () => {
  it('reloads the focused window, ignoring the cache for Force Reload', () => {
    clickMenu('Reload', window);
    clickMenu('Force Reload', window);
    expect(window.webContents.reloads).toEqual([false, true]);
  });

  it('goes ahead when the page holds it, so the page reloads instead of closing', () => {
    clickMenu('Reload', window);
    expect(pageHoldsUnload()).toBe(true);
    expect(window.isDestroyed()).toBe(false);
  });

  it.each(['did-navigate', 'did-fail-load'])('is over once the page reports %s: a later close with unsaved edits is held again', (event) => {
    clickMenu('Reload', window);
    window.webContents.emit(event);
    expect(pageHoldsUnload()).toBe(false);
  });

  it('does nothing without a focused page', () => {
    expect(() => clickMenu('Reload', undefined)).not.toThrow();
    expect(window.webContents.reloads).toEqual([]);
  });
});
