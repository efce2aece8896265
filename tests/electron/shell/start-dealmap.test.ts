// The app lifecycle with `electron` faked: one instance, guarded session, seeded workspace, handlers, menu, window.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiChannel } from '../../../shared/api/channels';
import { API_FUNCTION_NAMES, type ApiResult, type WorkspaceListing } from '../../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';
import { startDealmap } from '../../../electron/start-dealmap';
import {
  FakeBrowserWindow,
  FakeEvent,
  fakeApp,
  fakeIpcMain,
  fakeMenu,
  fakeProtocol,
  fakeSession,
  mainFrameEvent,
  resetFakeElectron,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectronModule);

let userData: string;
const appPath = path.resolve('/opt/dealmap');

beforeEach(async () => {
  resetFakeElectron();
  userData = await mkdtemp(path.join(os.tmpdir(), 'dealmap-shell-'));
  Object.assign(fakeApp, { userData, appPath, isPackaged: true });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
});

async function listDealsFrom(url: string): Promise<ApiResult<WorkspaceListing>> {
  const handler = fakeIpcMain.handlers.get(apiChannel('listDeals'));
  return (await handler?.(mainFrameEvent(url), {})) as ApiResult<WorkspaceListing>;
}

describe('startDealmap', () => {
  it('seeds the demo into <userData>/workspace before the window loads', async () => {
    const shell = await startDealmap({});
    expect(shell?.workspace).toBe(path.join(userData, 'workspace'));
    expect((await readdir(path.join(userData, 'workspace', 'deals'))).length).toBeGreaterThanOrEqual(6);

    const listing = await listDealsFrom(shell?.locations.appUrl ?? '');
    expect(listing.ok && listing.value.deals.length).toBeGreaterThanOrEqual(6);
  });

  it('registers app:// as privileged before ready and serves the renderer build from it after', async () => {
    await startDealmap({});
    expect(fakeProtocol.registeredBeforeReady).toBe(true);
    expect(fakeProtocol.privileged).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect([...fakeProtocol.handlers.keys()]).toEqual(['app']);
    // /opt/dealmap holds no build: the handler looks there and finds nothing.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const answer = await fakeProtocol.handlers.get('app')?.(new Request('app://dealmap/index.html'));
    expect(answer?.status).toBe(404);
    expect(answer?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('opens one locked-down window on the built renderer', async () => {
    await startDealmap({});
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
    });
    expect(window?.loaded).toEqual([{ kind: 'url', target: 'app://dealmap/index.html' }]);
  });

  it('installs the strict CSP, refuses permissions, and sets the menu', async () => {
    await startDealmap({});
    const answered: unknown[] = [];
    fakeSession.defaultSession.headersListener?.({ responseHeaders: {} }, (response) => answered.push(response));
    expect(answered).toEqual([{ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }]);
    fakeSession.defaultSession.permissionRequestHandler?.({}, 'media', (granted) => answered.push(granted));
    expect(answered[1]).toBe(false);
    expect(fakeMenu.applicationMenu?.template.length).toBeGreaterThan(0);
  });

  it('registers every API function, trusting only the app page', async () => {
    await startDealmap({});
    expect([...fakeIpcMain.handlers.keys()].sort()).toEqual(API_FUNCTION_NAMES.map(apiChannel).sort());
    expect(await listDealsFrom('https://evil.example/')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('leaves an existing workspace as it is', async () => {
    await startDealmap({});
    const deals = path.join(userData, 'workspace', 'deals');
    const first = await readdir(deals);
    await rm(path.join(deals, first[0] ?? ''));
    resetFakeElectron();
    Object.assign(fakeApp, { userData, appPath, isPackaged: true });
    await startDealmap({});
    expect(await readdir(deals)).toHaveLength(first.length - 1);
  });

  it('opens the folder named by DEALMAP_WORKSPACE instead, seeding it the same way', async () => {
    const own = path.join(userData, 'elsewhere');
    const shell = await startDealmap({ DEALMAP_WORKSPACE: own });
    expect(shell?.workspace).toBe(own);
    expect((await readdir(path.join(own, 'deals'))).length).toBeGreaterThanOrEqual(6);
    expect(await readdir(userData)).toEqual(['elsewhere']);
  });

  it('loads the dev server and trusts its origin when DEALMAP_DEV_URL is set in development', async () => {
    fakeApp.isPackaged = false;
    await startDealmap({ DEALMAP_DEV_URL: 'http://127.0.0.1:5173/' });
    expect(FakeBrowserWindow.instances[0]?.loaded).toEqual([{ kind: 'url', target: 'http://127.0.0.1:5173/' }]);
    expect(fakeProtocol.handlers.size).toBe(0);
    expect(await listDealsFrom('http://127.0.0.1:5173/')).toMatchObject({ ok: true });
  });
});

describe('single instance', () => {
  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    fakeApp.hasSingleInstanceLock = false;
    expect(await startDealmap({})).toBeNull();
    expect(fakeApp.quit).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fakeIpcMain.handlers.size).toBe(0);
  });

  it('focuses the first window when Dealmap is started again', async () => {
    await startDealmap({});
    const [window] = FakeBrowserWindow.instances;
    if (window === undefined) throw new Error('no window');
    window.minimized = true;
    fakeApp.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });
});

describe('window lifecycle', () => {
  it('quits when the last window closes, except on macOS', async () => {
    await startDealmap({});
    fakeApp.emit('window-all-closed');
    expect(fakeApp.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('quits after the page saved when Cmd+Q was held by unsaved edits', async () => {
    await startDealmap({});
    const [window] = FakeBrowserWindow.instances;
    fakeApp.emit('before-quit');
    window?.webContents.emit('will-prevent-unload', new FakeEvent());
    expect(fakeApp.quit).not.toHaveBeenCalled();
    window?.close();
    expect(fakeApp.quit).toHaveBeenCalled();
  });

  it('reopens a window on activate without registering the handlers twice', async () => {
    const shell = await startDealmap({});
    FakeBrowserWindow.instances[0]?.close();
    expect(shell?.mainWindow()).toBeNull();
    fakeApp.emit('activate');
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
    expect(shell?.mainWindow()).toBe(FakeBrowserWindow.instances[1]);
    fakeApp.emit('activate');
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
  });
});
