// App lifecycle of the desktop shell: one instance, app:// scheme, guarded session, seeded workspace, IPC, menu, window.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { resolveAppLocations, type AppLocations } from './app-locations';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { registerApiHandlers } from './ipc';
import { installLeaveHandling } from './leave-handling';
import { installApplicationMenu } from './menu';
import { createPdfPrinter } from './pdf-printer';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy, isTrustedIpcSender } from './security';
import { createDealmapServices } from './services/dealmap-services';
import { LISTING_WORKER_URL } from './services/index/listing-worker-url';
import { WORKSPACE_CHANGED_CHANNEL } from '../shared/api/workspace-events';
import { seedDemoWorkspace } from './services/demo/seed-demo-workspace';
import { installSessionGuards } from './session-guards';
import { createMainWindow, focusMainWindow } from './window';

export interface DealmapShell {
  /** The workspace folder the app opened (see `desktopWorkspace`). */
  readonly workspace: string;
  readonly locations: AppLocations;
  /** The current main window, or null once it is closed. */
  mainWindow(): BrowserWindow | null;
}

/**
 * The desktop workspace: `$DEALMAP_WORKSPACE` when set (as for the browser host and the command
 * line, so a test can give the app its own folder), else `<userData>/workspace`.
 */
export function desktopWorkspace(env: NodeJS.ProcessEnv): string {
  const fromEnv = env.DEALMAP_WORKSPACE?.trim();
  return fromEnv ? path.resolve(fromEnv) : path.join(app.getPath('userData'), 'workspace');
}

/**
 * Starts the desktop app. Resolves to null when another instance already runs (that one is
 * focused instead and this one quits).
 */
export async function startDealmap(env: NodeJS.ProcessEnv = process.env): Promise<DealmapShell | null> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => focusMainWindow(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Privileged schemes must be registered before ready; app:// is the only one.
  registerAppScheme(protocol);
  await app.whenReady();
  const locations = resolveAppLocations(app.getAppPath(), app.isPackaged, env.DEALMAP_DEV_URL);
  const policy = locations.devOrigin === null ? CONTENT_SECURITY_POLICY : devContentSecurityPolicy(locations.devOrigin);
  installSessionGuards(session.defaultSession, policy);
  if (locations.rendererRoot !== null) handleAppProtocol(protocol, locations.rendererRoot, policy);

  const workspace = desktopWorkspace(env);
  // First run: the demo is in place before the window asks for the deal list.
  await seedDemoWorkspace(workspace);
  const services = createDealmapServices({
    workspace,
    printPdf: createPdfPrinter(),
    teamBackground: true,
    listingWorker: LISTING_WORKER_URL,
  });
  registerApiHandlers(ipcMain, services, (event) => isTrustedIpcSender(event, locations.appUrl));
  installApplicationMenu({ platform: process.platform, isPackaged: app.isPackaged });

  const openWindow = (): void => {
    const window = createMainWindow(locations);
    installLeaveHandling(window, app);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };
  openWindow();
  // Outside changes (sync tool, CLI, a teammate) are pushed to the window; the preload queues them until the page listens.
  void services.watch((change) => mainWindow?.webContents.send(WORKSPACE_CHANGED_CHANNEL, change));
  // macOS keeps the app alive without windows; clicking the dock icon opens one again.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  return { workspace, locations, mainWindow: () => mainWindow };
}
