// The preload exposes exactly the API's named functions as `window.dealmap`, never ipcRenderer or the IPC event.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { apiChannel } from '../../../shared/api/channels';
import { API_FUNCTION_NAMES } from '../../../shared/api/contract';
import { WORKSPACE_CHANGED_CHANNEL } from '../../../shared/api/workspace-events';
import { fakeContextBridge, fakeIpcRenderer, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectronModule);

let exposed: Record<string, unknown>;

beforeAll(async () => {
  resetFakeElectron();
  await import('../../../electron/preload');
  exposed = fakeContextBridge.exposed.get('dealmap') as Record<string, unknown>;
});

describe('preload', () => {
  it('exposes one object, as window.dealmap', () => {
    expect([...fakeContextBridge.exposed.keys()]).toEqual(['dealmap']);
  });

  it('exposes exactly the API function names and the change subscription, each a function', () => {
    expect(Object.keys(exposed).sort()).toEqual([...API_FUNCTION_NAMES, 'onWorkspaceChanged'].sort());
    expect(typeof exposed.onWorkspaceChanged).toBe('function');
    for (const name of API_FUNCTION_NAMES) expect(typeof exposed[name]).toBe('function');
  });

  it('hands the page no raw IPC', () => {
    for (const name of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'on', 'once', 'postMessage']) {
      expect(exposed).not.toHaveProperty(name);
    }
  });

  it('queues workspace changes pushed before the page listens, then hands over only the change, never the IPC event', () => {
    fakeIpcRenderer.emit(WORKSPACE_CHANGED_CHANNEL, { files: ['deals/early.json'] });
    const received: unknown[][] = [];
    const subscribe = exposed.onWorkspaceChanged as (listener: (...args: unknown[]) => void) => () => void;
    const unsubscribe = subscribe((...args) => received.push(args));
    fakeIpcRenderer.emit(WORKSPACE_CHANGED_CHANNEL, { files: ['deals/later.json'] });
    unsubscribe();
    fakeIpcRenderer.emit(WORKSPACE_CHANGED_CHANNEL, { files: ['deals/after.json'] });
    expect(received).toEqual([[{ files: ['deals/early.json'] }], [{ files: ['deals/later.json'] }]]);
  });

  it.each(API_FUNCTION_NAMES)('%s invokes its own channel with the input alone', async (name) => {
    fakeIpcRenderer.invoke.mockClear();
    const input = { marker: name };
    const call = exposed[name] as (input: unknown) => Promise<unknown>;
    const answer = await call(input);
    expect(fakeIpcRenderer.invoke.mock.calls).toEqual([[apiChannel(name), input]]);
    expect(answer).toEqual({ ok: true, value: { channel: apiChannel(name), args: [input] } });
  });
});
