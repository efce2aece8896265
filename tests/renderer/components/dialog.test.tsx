// The modal dialog: focus stays inside, Escape always closes it, and focus goes back to its opener.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Dialog } from '../../../renderer/components/dialog';

afterEach(cleanup);

function Page() {
  const [open, setOpen] = useState(false);
  const [laidOut, setLaidOut] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Workspace settings
      </button>
      <button type="button" onClick={() => setLaidOut((n) => n + 1)}>
        Auto layout {laidOut}
      </button>
      {open && (
        <Dialog title="Workspace settings" onClose={() => setOpen(false)}>
          <input aria-label="Stale after (days)" />
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <button type="button" disabled>
            Save
          </button>
        </Dialog>
      )}
    </>
  );
}

async function openDialog() {
  render(<Page />);
  const opener = screen.getByRole('button', { name: 'Workspace settings' });
  await userEvent.click(opener);
  const dialog = screen.getByRole('dialog', { name: 'Workspace settings' });
  return { opener, dialog };
}

describe('the modal dialog', () => {
  it('opens as a native modal dialog on its first field', async () => {
    const { dialog } = await openDialog();
    expect(dialog).toBeInstanceOf(HTMLDialogElement);
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText('Stale after (days)'));
  });

  it('keeps Tab inside: past the last control it wraps to the first, and back with Shift+Tab', async () => {
    await openDialog();
    const field = screen.getByLabelText('Stale after (days)');
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await userEvent.tab();
    expect(document.activeElement).toBe(cancel);
    // Save is disabled: Cancel is the last stop, and the page behind is never reached.
    await userEvent.tab();
    expect(document.activeElement).toBe(field);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(cancel);
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Auto layout 0' })).toBeTruthy();
  });

  it('closes on Escape even when focus fell out of it to the page', async () => {
    await openDialog();
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('takes Tab back inside when focus fell out of it', async () => {
    await openDialog();
    (document.activeElement as HTMLElement).blur();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Stale after (days)'));
  });

  it('gives focus back to the control that opened it, on Escape and on Cancel', async () => {
    const { opener } = await openDialog();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    await userEvent.click(opener);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(opener);
  });

  it('closes on a press on its backdrop, not on its content', async () => {
    const { dialog } = await openDialog();
    fireEvent.mouseDown(screen.getByRole('heading', { name: 'Workspace settings' }));
    expect(screen.queryByRole('dialog')).not.toBeNull();
    fireEvent.mouseDown(dialog);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
