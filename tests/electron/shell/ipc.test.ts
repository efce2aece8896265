// The IPC wrapper end to end: every API function registered, sender checked, payload validated, real services on a temp workspace.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiChannel } from '../../../shared/api/channels';
import { API_FUNCTION_NAMES, type ApiResult } from '../../../shared/api/contract';
import { registerApiHandlers } from '../../../electron/ipc';
import { isTrustedIpcSender } from '../../../electron/security';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import {
  fakeIpcMain,
  mainFrameEvent,
  resetFakeElectron,
  subFrameEvent,
  type FakeInvokeEvent,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectronModule);

const appUrl = 'app://dealmap/index.html';
let workspace: string;

beforeEach(async () => {
  resetFakeElectron();
  workspace = await mkdtemp(path.join(os.tmpdir(), 'dealmap-ipc-'));
  const services = createDealmapServices({ workspace });
  registerApiHandlers(fakeIpcMain, services, (event) => isTrustedIpcSender(event, appUrl));
});

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

/** Calls a registered handler the way Electron does: the event, then the page's one argument. */
async function invoke(channel: string, event: FakeInvokeEvent, input: unknown): Promise<ApiResult<unknown>> {
  const handler = fakeIpcMain.handlers.get(channel);
  if (handler === undefined) throw new Error(`no handler on ${channel}`);
  return (await handler(event, input)) as ApiResult<unknown>;
}

const fromApp = mainFrameEvent(appUrl);

describe('registerApiHandlers', () => {
  it('registers one handler per API function, on its dealmap: channel, and nothing else', () => {
    expect([...fakeIpcMain.handlers.keys()].sort()).toEqual(API_FUNCTION_NAMES.map(apiChannel).sort());
    expect(apiChannel('listDeals')).toBe('dealmap:listDeals');
  });

  it('answers a valid call from the app page through the real services', async () => {
    const created = await invoke(apiChannel('createDeal'), fromApp, { name: 'Nordic Rail renewal', account: 'Nordic Rail' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Nordic Rail renewal', account: 'Nordic Rail', revision: 1 } });
    const id = created.ok ? (created.value as { id: string }).id : '';

    const fetched = await invoke(apiChannel('getDeal'), fromApp, { id });
    expect(fetched).toMatchObject({ ok: true, value: { id, name: 'Nordic Rail renewal' } });
    const listed = await invoke(apiChannel('listDeals'), fromApp, {});
    expect(listed).toMatchObject({ ok: true, value: { deals: [{ id }], problems: [] } });
  });

  it.each([
    ['a page from the web', mainFrameEvent('https://evil.example/')],
    ['a local file', mainFrameEvent(pathToFileURL(path.resolve('/tmp/index.html')).href)],
    ['another page of the app:// build', mainFrameEvent('app://dealmap/other.html')],
    ['an iframe inside the app', subFrameEvent(appUrl, appUrl)],
    ['a frame already gone', { senderFrame: null }],
  ])('refuses %s with forbidden, and nothing is written', async (_sender, event) => {
    const result = await invoke(apiChannel('createDeal'), event, { name: 'Sneaky', account: 'Evil' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('did not come from the Dealmap window') },
    });
    expect(await readdir(workspace)).toEqual([]);
  });

  it.each([
    ['no payload', 'createDeal', undefined],
    ['a payload of the wrong shape', 'createDeal', { name: '', account: 'Acme' }],
    ['an unexpected field', 'listDeals', { all: true }],
    ['a malformed deal id', 'getDeal', { id: '../../etc/passwd' }],
    ['a string instead of an object', 'deleteDeal', 'acme'],
    ['an export folder outside the exports folder', 'exportFiles', { folderName: '../deals', files: [{ name: 'a.md', content: '', encoding: 'utf8' }] }],
  ] as const)('answers %s with invalid-payload', async (_case, name, input) => {
    const result = await invoke(apiChannel(name), fromApp, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: expect.stringContaining(name) } });
    expect(await readdir(workspace)).toEqual([]);
  });

  it('passes service errors on as results', async () => {
    const result = await invoke(apiChannel('getDeal'), fromApp, { id: 'no-such-deal' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
