// The application menu: the platform's usual roles, developer tools only in an unpackaged build.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { reloadFocusedWindow } from './leave-handling';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Reload and developer tools are offered only while developing. */
  readonly isPackaged: boolean;
}

function viewMenu(isPackaged: boolean): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        // Not the built-in roles: a reload held by unsaved work must reload, not close (see leave-handling).
        { label: 'Reload', accelerator: 'CmdOrCtrl+R', click: (_item, window) => reloadFocusedWindow(window, false) },
        {
          label: 'Force Reload',
          accelerator: 'Shift+CmdOrCtrl+R',
          click: (_item, window) => reloadFocusedWindow(window, true),
        },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ];
  return {
    label: 'View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

export function buildMenuTemplate({ platform, isPackaged }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    viewMenu(isPackaged),
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', label: 'About Dealmap' }] },
  ];
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
