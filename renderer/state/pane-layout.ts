// Which side panes are folded to a rail: remembered per window width, the deal list folded on narrow windows.
export interface PaneLayout {
  readonly dealListCollapsed: boolean;
  readonly sidePanelCollapsed: boolean;
}

export type Pane = 'deal-list' | 'side-panel';

/** At or under this width the deal list starts as a rail, so the map gets room to be read. */
export const NARROW_WINDOW_QUERY = '(max-width: 1100px)';

type PaneStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Narrow and wide windows keep separate choices: unfolding the list on a laptop does not undo the default. */
function storageKey(narrow: boolean): string {
  return narrow ? 'dealmap:panes:narrow' : 'dealmap:panes:wide';
}

export function defaultPaneLayout(narrow: boolean): PaneLayout {
  return { dealListCollapsed: narrow, sidePanelCollapsed: false };
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** The layout last chosen for this width, or the default; a damaged entry counts as none. */
export function readPaneLayout(storage: PaneStorage | null | undefined, narrow: boolean): PaneLayout {
  const fallback = defaultPaneLayout(narrow);
  const stored = storage?.getItem(storageKey(narrow));
  if (!stored) return fallback;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (typeof parsed !== 'object' || parsed === null) return fallback;
    const entry = parsed as Partial<Record<keyof PaneLayout, unknown>>;
    return {
      dealListCollapsed: flag(entry.dealListCollapsed, fallback.dealListCollapsed),
      sidePanelCollapsed: flag(entry.sidePanelCollapsed, fallback.sidePanelCollapsed),
    };
  } catch {
    return fallback;
  }
}

export function writePaneLayout(storage: PaneStorage | null | undefined, narrow: boolean, layout: PaneLayout): void {
  storage?.setItem(storageKey(narrow), JSON.stringify(layout));
}

export function togglePaneIn(layout: PaneLayout, pane: Pane): PaneLayout {
  return pane === 'deal-list'
    ? { ...layout, dealListCollapsed: !layout.dealListCollapsed }
    : { ...layout, sidePanelCollapsed: !layout.sidePanelCollapsed };
}

export function isPaneCollapsed(layout: PaneLayout, pane: Pane): boolean {
  return pane === 'deal-list' ? layout.dealListCollapsed : layout.sidePanelCollapsed;
}
