import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDeal, buildDealWithSaboteur } from '../support/deal-builder';
import { renderApp } from './support/render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete window.dealmap;
});

// The DOM typings give BeforeUnloadEvent no constructor arguments; happy-dom's takes the usual ones.
const BeforeUnload = BeforeUnloadEvent as unknown as new (type: string, init: EventInit) => BeforeUnloadEvent;

/** The window is being closed or reloaded: true when the app held it (the browser would ask). */
function leave(): { held: boolean; returnValue: unknown } {
  const event = new BeforeUnload('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return { held: event.defaultPrevented, returnValue: event.returnValue };
}

function saveStatus(): string {
  return screen.getByRole('status').textContent ?? '';
}

function rename(name: string): void {
  fireEvent.change(screen.getByLabelText('Deal name'), { target: { value: name } });
}

/** The Electron window: the preload's API object is there, and window.close() is recorded. */
function asDesktopApp(api: Awaited<ReturnType<typeof renderApp>>['api']) {
  window.dealmap = api;
  return vi.spyOn(window, 'close').mockImplementation(() => undefined);
}

describe('leaving the app in a browser', () => {
  it('never holds the page when every edit is saved', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()]);
    expect(leave().held).toBe(false);
    rename('ERP replacement 2027');
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(api.deals.get('acme-erp')?.name).toBe('ERP replacement 2027');
    expect(leave().held).toBe(false);
  });

  it('asks before leaving while an edit waits for the autosave pause, and sends it at once', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()], undefined, 60_000);
    rename('Typed just before closing');
    expect(leave()).toEqual({ held: true, returnValue: '' });
    await waitFor(() => expect(api.deals.get('acme-erp')?.name).toBe('Typed just before closing'));
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(leave().held).toBe(false);
  });

  it('asks before leaving while a save is still in flight', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()]);
    api.hold();
    rename('In flight');
    await api.saveArrived();
    expect(leave().held).toBe(true);
    api.open();
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(leave().held).toBe(false);
  });
});

describe('closing the desktop app', () => {
  it('saves the edit queued behind a save in flight, then closes the window itself', async () => {
    const { api, store } = await renderApp([buildDealWithSaboteur()], undefined, 60_000);
    const close = asDesktopApp(api);
    api.hold();
    rename('First');
    void store.flushPendingSaves();
    await api.saveArrived();
    rename('Second, typed while the first was saving');
    expect(leave().held).toBe(true);
    // Closing again while the saves run changes nothing: still held, one close at the end.
    expect(leave().held).toBe(true);
    expect(close).not.toHaveBeenCalled();
    api.open();
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(api.deals.get('acme-erp')).toMatchObject({ name: 'Second, typed while the first was saving', revision: 3 });
    // window.close() runs beforeunload again: now nothing holds the window.
    expect(leave().held).toBe(false);
  });

  it('keeps the window open on a failed save so "Save failed" is seen; closing again then leaves', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()], undefined, 60_000);
    const close = asDesktopApp(api);
    api.touchOnDisk('acme-erp', { account: 'Acme Holding' });
    rename('Mine');
    expect(leave().held).toBe(true);
    await waitFor(() => expect(saveStatus()).toMatch(/^Save failed: .*changed on disk/));
    // The user saw the failure: the next close with the same unsaved edit is let through.
    await waitFor(() => expect(leave().held).toBe(false));
    expect(close).not.toHaveBeenCalled();
    // A newer edit is new work at risk: the window is held again.
    rename('Mine, changed again');
    expect(leave().held).toBe(true);
    expect(api.deals.get('acme-erp')?.name).toBe('ERP replacement');
  });

  it('shows the deal whose save failed after the user moved on to another, so closing again is an informed choice', async () => {
    const { api } = await renderApp([buildDeal({ id: 'aaa-first', name: 'Alpha' }), buildDealWithSaboteur()], undefined, 60_000);
    const close = asDesktopApp(api);
    fireEvent.click(screen.getByRole('button', { name: /ERP replacement/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ERP replacement'));
    api.touchOnDisk('acme-erp', { account: 'Acme Holding' });
    rename('Mine');
    // Moving on sends the edit; it is refused in the background while Alpha is open.
    fireEvent.click(screen.getByRole('button', { name: /Alpha/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Alpha'));
    expect(leave().held).toBe(true);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mine'));
    expect(saveStatus()).toMatch(/^Save failed: .*changed on disk/);
    expect(close).not.toHaveBeenCalled();
  });

  it('keeps the window open while the deal breaks the format, and closes once it is fixed and saved', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()], undefined, 60_000);
    const close = asDesktopApp(api);
    rename('');
    expect(leave().held).toBe(true);
    await waitFor(() => expect(saveStatus()).toMatch(/^Not saved: name/));
    expect(close).not.toHaveBeenCalled();
    rename('Fixed');
    expect(leave().held).toBe(true);
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(api.deals.get('acme-erp')?.name).toBe('Fixed');
  });

  it('closes at once when every edit is saved', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()]);
    const close = asDesktopApp(api);
    expect(leave().held).toBe(false);
    expect(close).not.toHaveBeenCalled();
  });
});
