// Session guards (CSP on every response, no permission granted) and the application menu, with `electron` faked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/menu';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';
import { installSessionGuards } from '../../../electron/session-guards';
import { FakeSession, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectronModule);

beforeEach(() => resetFakeElectron());

function guardedSession(): FakeSession {
  const session = new FakeSession();
  // The fake implements the part of Session the guards use.
  installSessionGuards(session as never, CONTENT_SECURITY_POLICY);
  return session;
}

describe('installSessionGuards', () => {
  it('puts the strict Content-Security-Policy on every response', () => {
    const session = guardedSession();
    const answered: unknown[] = [];
    session.headersListener?.(
      { responseHeaders: { 'Content-Type': ['text/html'], 'content-security-policy': ["default-src *"] } },
      (response) => answered.push(response),
    );
    expect(answered).toEqual([
      { responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } },
    ]);
  });

  it('denies every permission request and check', () => {
    const session = guardedSession();
    const granted: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      session.permissionRequestHandler?.({}, permission, (answer) => granted.push(answer));
    }
    expect(granted).toEqual([false, false, false, false]);
    expect(session.permissionCheckHandler?.({}, 'clipboard-read', 'file://', {})).toBe(false);
  });
});

function roles(template: MenuItemConstructorOptions[]): (string | undefined)[] {
  return template.map((item) => item.role ?? item.label);
}

function submenuRoles(item: MenuItemConstructorOptions | undefined): (string | undefined)[] {
  const submenu = Array.isArray(item?.submenu) ? item.submenu : [];
  return submenu.map((entry) => entry.role ?? entry.label ?? entry.type);
}

describe('buildMenuTemplate', () => {
  it('offers the app menu on macOS and the usual menus everywhere', () => {
    expect(roles(buildMenuTemplate({ platform: 'darwin', isPackaged: true }))).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
    expect(roles(buildMenuTemplate({ platform: 'linux', isPackaged: true }))).toEqual([
      'fileMenu',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
  });

  it('has an About entry under Help', () => {
    const help = buildMenuTemplate({ platform: 'win32', isPackaged: true }).find((item) => item.role === 'help');
    expect(Array.isArray(help?.submenu) && help.submenu[0]).toMatchObject({ role: 'about', label: 'About Dealmap' });
  });

  it('offers reload and developer tools only while developing', () => {
    const view = (isPackaged: boolean) =>
      submenuRoles(buildMenuTemplate({ platform: 'linux', isPackaged }).find((item) => item.label === 'View'));
    expect(view(true)).not.toContain('toggleDevTools');
    expect(view(true)).not.toContain('Reload');
    expect(view(true)).not.toContain('Force Reload');
    expect(view(false)).toEqual(expect.arrayContaining(['Reload', 'Force Reload', 'toggleDevTools']));
    expect(view(true)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
  });
});
