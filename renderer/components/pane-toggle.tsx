// The button that folds the deal list or the side panel to a rail and back; its name says what it will do.
import { useEffect, useRef } from 'react';
import { isPaneCollapsed, type Pane } from '../state/pane-layout';
import { useAppState, useAppStore } from '../state/store-context';
import { ChevronsLeftIcon, ChevronsRightIcon } from './icons';
import { useT } from '../i18n/use-t';


/**
 * The pane whose toggle was just used. The pane re-renders as a rail (or back), so the button is
 * a new element; it takes the focus over, or a keyboard user would be dropped on the page body.
 */
let justToggled: Pane | null = null;

export function PaneToggle({ pane }: { pane: Pane }) {
  const store = useAppStore();
  const collapsed = useAppState((s) => isPaneCollapsed(s.panes, pane));
  const button = useRef<HTMLButtonElement>(null);
  const t = useT();
  useEffect(() => {
    if (justToggled !== pane) return;
    justToggled = null;
    button.current?.focus();
  }, [pane]);

  const name = t(`app.pane.${pane}.${collapsed ? 'show' : 'hide'}`);
  // The chevrons point where the pane goes: the deal list folds left, the side panel right.
  const pointsLeft = (pane === 'deal-list') !== collapsed;
  return (
    <button
      ref={button}
      type="button"
      className="button button-icon button-quiet pane-toggle"
      aria-label={name}
      title={name}
      onClick={() => {
        justToggled = pane;
        store.togglePane(pane);
      }}
    >
      {pointsLeft ? <ChevronsLeftIcon /> : <ChevronsRightIcon />}
    </button>
  );
}
