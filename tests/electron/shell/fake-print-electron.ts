// The part of `electron` the PDF printer uses, faked: hidden windows and partition sessions that record what they are asked.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';

export type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
type HeadersListener = (details: object, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void;
type PermissionHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;

export class FakePrintContents extends EventEmitter {
  windowOpenHandler: (() => { action: string }) | null = null;
  printOptions: unknown = null;
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  printToPDF(options: unknown): Promise<Buffer> {
    this.printOptions = options;
    return Promise.resolve(Buffer.from(`%PDF-1.7 printed ${printState.loadedHtml.length} chars`));
  }
}

export class FakePrintWindow {
  static instances: FakePrintWindow[] = [];
  readonly webContents = new FakePrintContents();
  destroyed = false;
  loadedFile: string | null = null;
  constructor(readonly options: { readonly show?: boolean; readonly webPreferences: Record<string, unknown> }) {
    FakePrintWindow.instances.push(this);
  }
  async loadFile(file: string): Promise<void> {
    this.loadedFile = file;
    printState.loadedHtml = await printState.read(file);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export class FakePrintSession {
  requestListener: RequestListener | null = null;
  headersListener: HeadersListener | null = null;
  permissionHandler: PermissionHandler | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: RequestListener): void => {
      this.requestListener = listener;
    },
    onHeadersReceived: (listener: HeadersListener): void => {
      this.headersListener = listener;
    },
  };
  constructor(readonly partition: string) {}
  setPermissionRequestHandler(handler: PermissionHandler): void {
    this.permissionHandler = handler;
  }
  setPermissionCheckHandler(): void {}
}

export const printState = {
  sessions: new Map<string, FakePrintSession>(),
  loadedHtml: '',
  /** How a window "loads" its file; a test swaps it to look inside or to fail. */
  read: (file: string): Promise<string> => readFile(file, 'utf8'),
};

export function resetFakePrint(): void {
  FakePrintWindow.instances = [];
  printState.sessions.clear();
  printState.loadedHtml = '';
  printState.read = (file) => readFile(file, 'utf8');
}

export const fakePrintElectron = {
  BrowserWindow: FakePrintWindow,
  session: {
    fromPartition(partition: string): FakePrintSession {
      const made = new FakePrintSession(partition);
      printState.sessions.set(partition, made);
      return made;
    },
  },
};
