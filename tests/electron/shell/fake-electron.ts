// In-memory stand-in for the `electron` module: records what the shell asks of it, so its settings are tested without the runtime.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** A cancellable Electron event as listeners receive it (`will-navigate`, `will-attach-webview`...). */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  readonly url: string;
  readonly parent: FakeFrame | null;
}

export interface FakeInvokeEvent {
  readonly senderFrame: FakeFrame | null;
}

export type IpcInvokeListener = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;
type WindowOpenHandler = (details: { url: string; frameName: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  /** Every reload asked of the page, `true` when it ignored the cache. */
  readonly reloads: boolean[] = [];
  /** Messages main pushed to the page (channel and arguments). */
  readonly sent: unknown[][] = [];
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  reload(): void {
    this.reloads.push(false);
  }
  reloadIgnoringCache(): void {
    this.reloads.push(true);
  }
  /** Emits a cancellable event and tells whether a listener prevented it. */
  attempt(eventName: string, url = ''): boolean {
    const event = new FakeEvent(url);
    this.emit(eventName, event);
    return event.defaultPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }

  readonly webContents = new FakeWebContents();
  readonly loaded: { readonly kind: 'file' | 'url'; readonly target: string }[] = [];
  minimized = false;
  focused = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadFile(file: string): Promise<void> {
    this.loaded.push({ kind: 'file', target: file });
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push({ kind: 'url', target: url });
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {}
  focus(): void {
    this.focused = true;
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  userData = '';
  appPath = '';
  hasSingleInstanceLock = true;
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  requestSingleInstanceLock(): boolean {
    return this.hasSingleInstanceLock;
  }
  ready = false;
  whenReady(): Promise<void> {
    this.ready = true;
    return Promise.resolve();
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`the fake app knows only userData, not ${name}`);
    // An empty path would make the shell seed a workspace in the current folder.
    if (this.userData === '') throw new Error('set fakeApp.userData to a temporary folder first');
    return this.userData;
  }
  getAppPath(): string {
    return this.appPath;
  }
}

class FakeIpcMain {
  readonly handlers = new Map<string, IpcInvokeListener>();
  handle(channel: string, listener: IpcInvokeListener): void {
    // Electron throws on a second handler for one channel; so does the fake, to catch double registration.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
}

type HeadersListener = (
  details: { responseHeaders?: Record<string, string | string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;

export class FakeSession {
  headersListener: HeadersListener | null = null;
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener): void => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
}

type ProtocolHandler = (request: Request) => Promise<Response>;

class FakeProtocol {
  readonly privileged: unknown[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();
  /** Whether the schemes were registered while the app was not ready yet, as Electron requires. */
  registeredBeforeReady: boolean | null = null;
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.registeredBeforeReady = !fakeApp.ready;
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!fakeApp.ready) throw new Error('protocol.handle before the app is ready');
    if (this.handlers.has(scheme)) throw new Error(`a second handler for ${scheme}`);
    this.handlers.set(scheme, handler);
  }
}

export const fakeApp = new FakeApp();
export const fakeProtocol = new FakeProtocol();
export const fakeIpcMain = new FakeIpcMain();
export const fakeSession = { defaultSession: new FakeSession() };
export const fakeShell = { openExternal: vi.fn(() => Promise.resolve()) };
/** The message box answers with `fakeDialog.answer` (0 is the first button). */
export const fakeDialog = {
  answer: 1,
  showErrorBox: vi.fn(),
  showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: fakeDialog.answer, checkboxChecked: false })),
};
export const fakeMenu = {
  applicationMenu: null as { readonly template: unknown[] } | null,
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu(menu: { readonly template: unknown[] } | null): void {
    fakeMenu.applicationMenu = menu;
  },
};
export const fakeContextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    fakeContextBridge.exposed.set(key, api);
  },
};
type RendererListener = (event: { sender: string }, ...args: unknown[]) => void;

export const fakeIpcRenderer = {
  invoke: vi.fn((channel: string, ...args: unknown[]) => Promise.resolve({ ok: true, value: { channel, args } })),
  listeners: new Map<string, RendererListener[]>(),
  on(channel: string, listener: RendererListener) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  },
  /** What main's webContents.send does: every listener of the channel gets an event and the arguments. */
  emit(channel: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(channel) ?? []) listener({ sender: 'main' }, ...args);
  },
};

/** What `vi.mock('electron', ...)` returns. */
export const fakeElectronModule = {
  app: fakeApp,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: fakeIpcMain,
  session: fakeSession,
  shell: fakeShell,
  dialog: fakeDialog,
  Menu: fakeMenu,
  contextBridge: fakeContextBridge,
  ipcRenderer: fakeIpcRenderer,
  protocol: fakeProtocol,
};

/** Puts every fake back to a fresh state between tests. */
export function resetFakeElectron(): void {
  fakeApp.removeAllListeners();
  Object.assign(fakeApp, { isPackaged: false, userData: '', appPath: '', hasSingleInstanceLock: true, ready: false });
  fakeApp.quit.mockClear();
  fakeApp.exit.mockClear();
  FakeBrowserWindow.instances = [];
  fakeIpcMain.handlers.clear();
  fakeSession.defaultSession = new FakeSession();
  fakeShell.openExternal.mockClear();
  fakeDialog.showErrorBox.mockClear();
  fakeDialog.showMessageBox.mockClear();
  fakeDialog.answer = 1;
  fakeProtocol.privileged.length = 0;
  fakeProtocol.handlers.clear();
  fakeProtocol.registeredBeforeReady = null;
  fakeMenu.applicationMenu = null;
  fakeContextBridge.exposed.clear();
  fakeIpcRenderer.invoke.mockClear();
}

/** An IPC event from the main frame of a page at `url`. */
export function mainFrameEvent(url: string): FakeInvokeEvent {
  return { senderFrame: { url, parent: null } };
}

/** An IPC event from an iframe at `url` inside a page at `parentUrl`. */
export function subFrameEvent(url: string, parentUrl: string): FakeInvokeEvent {
  return { senderFrame: { url, parent: { url: parentUrl, parent: null } } };
}
