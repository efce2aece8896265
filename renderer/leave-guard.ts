// Holds the window open while edits or coaching are not on disk: the browser asks "Leave site?", Electron closes itself once saved.
import type { AppStore } from './state/app-store';

export interface LeaveGuardOptions {
  /**
   * Electron, where a prevented beforeunload cancels the close without asking anyone: the guard
   * saves and then closes the window itself. In a browser the user answers the browser's prompt.
   */
  readonly isDesktop: () => boolean;
  readonly closeWindow: () => void;
}

type LeaveGuardStore = Pick<
  AppStore,
  'hasUnsavedChanges' | 'unsavedWork' | 'flushPendingSaves' | 'saveEverything' | 'revealUnsavedDeal'
>;

function sameWork(a: readonly object[], b: readonly object[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** The window's beforeunload handler; it never stands in the way once everything is saved. */
export function createLeaveGuard(store: LeaveGuardStore, { isDesktop, closeWindow }: LeaveGuardOptions) {
  let settling: Promise<void> | null = null;
  // The unsaved edits and coaching the user was shown as not saved when closing: closing again leaves them.
  let shownUnsaved: readonly object[] | null = null;

  return function onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!store.hasUnsavedChanges()) return;
    const desktop = isDesktop();
    if (desktop && settling === null && shownUnsaved && sameWork(shownUnsaved, store.unsavedWork())) return;
    event.preventDefault();
    // Older Chromium (and so Electron) ask only when returnValue is set as well.
    event.returnValue = '';
    if (!desktop) {
      // The save starts now, while the browser asks; "Stay" lets it finish, "Leave" keeps what was sent.
      void store.flushPendingSaves();
      return;
    }
    settling ??= store.saveEverything().then((saved) => {
      settling = null;
      shownUnsaved = saved ? null : store.unsavedWork();
      // A save that failed stays on screen ("Save failed"); the user decides what to do about it.
      if (saved) closeWindow();
      else store.revealUnsavedDeal();
    });
  };
}
