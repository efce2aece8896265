// App-wide keys: in the deal view Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo map edits; Escape clears selection.
import { useEffect } from 'react';
import type { AppStore } from './state/app-store';

/** Inputs without a text undo of their own (a select, checkbox or date picker): map undo applies. */
const NON_TEXT_INPUTS = new Set([
  'checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image', 'date', 'month', 'week', 'time', 'datetime-local',
]);

export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** A dialog is modal: the map under it is not edited from the keyboard. */
function insideDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"]') !== null;
}

export function useKeyboardShortcuts(store: AppStore): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      if (event.key === 'Escape') {
        const editing = store.getState().selection.stakeholderId;
        const fromEditor = event.target instanceof Element && event.target.closest('.stakeholder-editor') !== null;
        store.clearSelection();
        // Back to the card the editor was open for, so the keyboard carries on from there.
        if (editing && fromEditor) document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(editing)}"]`)?.focus();
        return;
      }
      // Inside a text field the browser's own undo applies to the text being typed.
      if (!(event.ctrlKey || event.metaKey) || isTextEntry(event.target) || insideDialog(event.target)) return;
      // In the pipeline the open deal is not on screen: an undo there would change it unseen.
      if (store.getState().view !== 'deals') return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        if (event.shiftKey) store.redo();
        else store.undo();
      } else if (key === 'y') {
        event.preventDefault();
        store.redo();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
