// The entry module says why in a dialog, and exits with status 1, when Dealmap cannot start.
// (Its own file: the entry runs once per module registry, and each test file gets a fresh one.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApp, fakeDialog, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectronModule);

afterEach(() => {
  delete process.env.DEALMAP_DEV_URL;
  vi.restoreAllMocks();
});

describe('electron/main', () => {
  it('shows an error box and exits with status 1 when start-up fails', async () => {
    resetFakeElectron();
    fakeApp.isPackaged = false;
    process.env.DEALMAP_DEV_URL = 'https://not-loopback.example/';
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await (await import('../../../electron/main')).started;
    expect(fakeApp.exit).toHaveBeenCalledWith(1);
    expect(logged).toHaveBeenCalledWith('Dealmap could not start:', expect.any(Error));
    expect(fakeDialog.showErrorBox).toHaveBeenCalledWith(
      'Dealmap could not start',
      expect.stringContaining('DEALMAP_DEV_URL must be an http URL'),
    );
  });
});
