// openExternal asks first, shows the exact URL, defaults to Cancel, and opens only https links the app produced.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAppLink } from '../../../electron/open-external';
import { APP_LINK_TARGET, externalLinkProblem } from '../../../electron/security';
import { FakeBrowserWindow, fakeDialog, fakeShell, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectronModule);

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const window = () => new FakeBrowserWindow({}) as never;

describe('externalLinkProblem', () => {
  it('accepts an https link the app marked as its own', () => {
    expect(externalLinkProblem('https://www.linkedin.com/in/someone', APP_LINK_TARGET)).toBeNull();
  });

  it('names why anything else is refused', () => {
    expect(externalLinkProblem('https://example.com/', '_blank')).toBe('the app did not produce this link');
    expect(externalLinkProblem('https://example.com/', '')).toBe('the app did not produce this link');
    expect(externalLinkProblem('http://example.com/', APP_LINK_TARGET)).toBe('only https links open outside the app');
    expect(externalLinkProblem('https://a:b@example.com/', APP_LINK_TARGET)).toBe('the link carries a user name or password');
  });
});

describe('openAppLink', () => {
  it('asks with the URL in the message box, parented to the window, Cancel by default', async () => {
    const owner = window();
    fakeDialog.answer = 0;
    expect(await openAppLink(owner, 'https://example.com/deal?x=1', APP_LINK_TARGET)).toBe(true);
    expect(fakeDialog.showMessageBox).toHaveBeenCalledWith(
      owner,
      expect.objectContaining({
        type: 'question',
        buttons: ['Open in browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        detail: 'https://example.com/deal?x=1',
      }),
    );
    expect(fakeShell.openExternal.mock.calls).toEqual([['https://example.com/deal?x=1']]);
  });

  it('opens nothing and logs it when the user declines', async () => {
    expect(await openAppLink(window(), 'https://example.com/', APP_LINK_TARGET)).toBe(false);
    expect(fakeShell.openExternal).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith('Dealmap did not open https://example.com/: the user declined.');
  });

  it('still asks, without a parent, once the window is gone', async () => {
    const owner = new FakeBrowserWindow({});
    owner.close();
    fakeDialog.answer = 0;
    expect(await openAppLink(owner as never, 'https://example.com/', APP_LINK_TARGET)).toBe(true);
    expect(fakeDialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({ detail: 'https://example.com/' });
  });

  it('refuses an unmarked link without asking, and logs why', async () => {
    fakeDialog.answer = 0;
    expect(await openAppLink(window(), 'https://example.com/', '_blank')).toBe(false);
    expect(fakeDialog.showMessageBox).not.toHaveBeenCalled();
    expect(fakeShell.openExternal).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith('Dealmap refused to open https://example.com/: the app did not produce this link.');
  });
});
