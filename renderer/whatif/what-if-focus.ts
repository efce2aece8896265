// Where keyboard focus goes when a what-if simulation starts or ends, so it never falls to the page body.
import { flushSync } from 'react-dom';

/** Runs a what-if change and renders it at once, so the control to focus exists (or is gone) right after. */
function thenFocus(change: () => void, selector: string): void {
  flushSync(change);
  document.querySelector<HTMLElement>(selector)?.focus();
}

/** A simulation started from outside the toolbar (a next action's Try): focus lands on the banner's heading. */
export function startWhatIfThenFocusBanner(start: () => void): void {
  thenFocus(start, '.what-if-banner-title');
}

/** The banner's Discard or Apply removes the banner: focus goes to the What-if toggle. */
export function endWhatIfThenFocusToggle(end: () => void): void {
  thenFocus(end, '.what-if-toggle');
}
