// The entry module starts Dealmap on import: with another instance running, it quits at once.
import { describe, expect, it, vi } from 'vitest';
import { fakeApp, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectronModule);

describe('electron/main', () => {
  it('asks for the single-instance lock on import and quits when another instance has it', async () => {
    resetFakeElectron();
    fakeApp.hasSingleInstanceLock = false;
    expect(await (await import('../../../electron/main')).started).toBeUndefined();
    expect(fakeApp.quit).toHaveBeenCalledOnce();
    expect(fakeApp.exit).not.toHaveBeenCalled();
  });
});
