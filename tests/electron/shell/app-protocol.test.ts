// The app:// scheme against a real renderer build in a temp folder: files served with type and CSP, nothing outside.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APP_INDEX_URL,
  APP_SCHEME_PRIVILEGES,
  appRequestPath,
  handleAppProtocol,
  registerAppScheme,
  serveAppRequest,
} from '../../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';
import { fakeApp, fakeProtocol, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectronModule);

let folder: string;
let root: string;

beforeEach(async () => {
  resetFakeElectron();
  folder = await mkdtemp(path.join(os.tmpdir(), 'dealmap-protocol-'));
  root = path.join(folder, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Dealmap</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log("map")');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(path.join(root, 'assets', 'blob.bin'), 'raw');
  await writeFile(path.join(folder, 'secret.txt'), 'outside the build');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return serveAppRequest(new Request(url, { method }), root, CONTENT_SECURITY_POLICY);
}

describe('appRequestPath', () => {
  it('reads the path of an app://dealmap/ URL', () => {
    expect(appRequestPath(APP_INDEX_URL)).toBe('/index.html');
    expect(appRequestPath('app://dealmap/assets/x.js?v=1#top')).toBe('/assets/x.js');
  });

  it.each(['app://evil/index.html', 'https://dealmap/index.html', 'file:///index.html', 'not a url', 'app:index.html'])(
    'refuses %s',
    (url) => expect(appRequestPath(url)).toBeNull(),
  );
});

describe('serveAppRequest', () => {
  it('serves the page and its assets with their MIME type, the CSP header and nosniff', async () => {
    const page = await get(APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Dealmap</title>');
    expect((await get('app://dealmap/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://dealmap/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://dealmap/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect((await get('app://dealmap/assets/blob.bin')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('serves the index for the bare origin', async () => {
    expect(await (await get('app://dealmap/')).text()).toContain('Dealmap');
  });

  it('answers HEAD without a body', async () => {
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it.each([
    ['a parent folder', 'app://dealmap/../secret.txt'],
    ['an encoded parent folder', 'app://dealmap/%2e%2e/secret.txt'],
    ['an encoded slash', 'app://dealmap/..%2fsecret.txt'],
    ['a backslash', 'app://dealmap/..%5csecret.txt'],
    ['a NUL byte', 'app://dealmap/index.html%00.js'],
    ['a malformed escape', 'app://dealmap/%E0%A4%A'],
    ['a missing file', 'app://dealmap/assets/nothing.js'],
    ['a folder', 'app://dealmap/assets'],
    ['another host', 'app://elsewhere/index.html'],
  ])('answers 404 with the CSP for %s, and logs it', async (_case, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('outside the build');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('Dealmap answered 404 to'));
  });

  it('refuses a symlink inside the build that leads outside it', async (context) => {
    // Windows lets only administrators and developer mode make symlinks.
    const made = await symlink(path.join(folder, 'secret.txt'), path.join(root, 'assets', 'leak.txt')).then(
      () => true,
      () => false,
    );
    if (!made) context.skip();
    expect((await get('app://dealmap/assets/leak.txt')).status).toBe(404);
  });

  it('refuses to write', async () => {
    const response = await serveAppRequest(new Request(APP_INDEX_URL, { method: 'POST', body: 'x' }), root, CONTENT_SECURITY_POLICY);
    expect(response.status).toBe(405);
  });
});

describe('registration with Electron', () => {
  it('registers app as a standard, secure, fetch-capable scheme with no CSP bypass and no CORS', () => {
    registerAppScheme(fakeProtocol as never);
    expect(fakeProtocol.privileged).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('answers app:// requests from the renderer folder through protocol.handle', async () => {
    await fakeApp.whenReady();
    handleAppProtocol(fakeProtocol as never, root, CONTENT_SECURITY_POLICY);
    const handler = fakeProtocol.handlers.get('app');
    const response = await handler?.(new Request('app://dealmap/assets/index-abc.js'));
    expect(response?.status).toBe(200);
    expect(await response?.text()).toBe('console.log("map")');
  });
});
