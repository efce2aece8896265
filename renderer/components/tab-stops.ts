// The controls Tab can land on inside an element, in order: what a modal dialog cycles through.
const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([disabled])',
].join(', ');

/** A radio group is one stop: its checked radio, or its first when none is checked. */
function isRadioStop(radio: HTMLInputElement, root: HTMLElement): boolean {
  if (radio.checked || !radio.name) return true;
  const group = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === radio.name);
  return !group.some((r) => r.checked) && group[0] === radio;
}

export function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => {
    if (element.tabIndex < 0 || !element.checkVisibility()) return false;
    if (element instanceof HTMLInputElement && element.type === 'radio') return isRadioStop(element, root);
    return true;
  });
}

/** Wraps Tab from the last stop to the first (and Shift+Tab from the first to the last); true when it moved focus. */
export function wrapTab(root: HTMLElement, backwards: boolean): boolean {
  const stops = tabStops(root);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return false;
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && active !== root && root.contains(active);
  if (inside && active !== (backwards ? first : last)) return false;
  (backwards ? last : first).focus();
  return true;
}
