// Makes a native <dialog> modal while it is mounted: the page behind is inert, Tab stays inside,
// Escape always closes it, and focus goes back to the control that opened it.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { wrapTab } from './tab-stops';

/** Open dialogs, the topmost last: only it answers Escape and Tab. */
const openDialogs: HTMLDialogElement[] = [];

function focusFirstField(dialog: HTMLDialogElement, focusedBefore: Element | null): void {
  // showModal() moves focus itself; a field the dialog focused on mount (autoFocus) keeps it.
  if (focusedBefore instanceof HTMLElement && focusedBefore !== dialog && dialog.contains(focusedBefore)) {
    focusedBefore.focus();
    return;
  }
  dialog.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
}

export function useModalDialog(dialogRef: RefObject<HTMLDialogElement | null>, onClose: () => void): void {
  // Read while rendering, before any field inside takes focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const close = useRef(onClose);
  useLayoutEffect(() => {
    close.current = onClose;
  });

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const focusedBefore = document.activeElement;
    if (!dialog.open) dialog.showModal();
    openDialogs.push(dialog);
    focusFirstField(dialog, focusedBefore);

    // The browser's own Escape on a modal dialog: close through the app, not behind its back.
    const onCancel = (event: Event) => {
      event.preventDefault();
      close.current();
    };
    // Keys that reach the document while focus is not in a field of the dialog (it fell to the body).
    const onDocumentKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || openDialogs[openDialogs.length - 1] !== dialog) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        close.current();
      } else if (event.key === 'Tab' && wrapTab(dialog, event.shiftKey)) {
        event.preventDefault();
      }
    };
    dialog.addEventListener('cancel', onCancel);
    document.addEventListener('keydown', onDocumentKey);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      document.removeEventListener('keydown', onDocumentKey);
      openDialogs.splice(openDialogs.indexOf(dialog), 1);
      const active = document.activeElement;
      const focusWasInside = active === null || active === document.body || dialog.contains(active);
      if (dialog.open) dialog.close();
      // Only when the dialog held focus: an action that moved focus on purpose keeps its choice.
      if (focusWasInside && opener?.isConnected) opener.focus();
    };
  }, [dialogRef, opener]);
}
