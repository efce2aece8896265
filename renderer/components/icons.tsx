// Small inline SVG icons, so no glyph depends on the fonts a machine happens to have.
import type { GapSeverity } from '../../shared/engine/types';

const common = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

export function PlusIcon() {
  return (
    <svg {...common}>
      <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

export function UndoIcon() {
  return (
    <svg {...common}>
      <path d="M6 4 3 7l3 3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M3.5 7H10a3 3 0 0 1 0 6H7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

export function RedoIcon() {
  return (
    <svg {...common} style={{ transform: 'scaleX(-1)' }}>
      <path d="M6 4 3 7l3 3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M3.5 7H10a3 3 0 0 1 0 6H7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

export function LayoutIcon() {
  return (
    <svg {...common}>
      <rect x="5.5" y="1.5" width="5" height="3.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <rect x="1.5" y="11" width="5" height="3.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <rect x="9.5" y="11" width="5" height="3.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M8 5v3M4 11V8h8v3" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}

export function SeverityIcon({ severity }: { severity: GapSeverity }) {
  if (severity === 'blocker') {
    return (
      <svg {...common} className="severity-icon">
        <path d="M5.2 1h5.6L15 5.2v5.6L10.8 15H5.2L1 10.8V5.2z" fill="currentColor" />
        <path d="M4.5 8h7" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
      </svg>
    );
  }
  if (severity === 'warning') {
    return (
      <svg {...common} className="severity-icon">
        <path d="M8 1.5 15 14H1z" fill="currentColor" strokeLinejoin="round" />
        <path d="M8 6v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        <circle cx="8" cy="12" r="1" fill="#fff" />
      </svg>
    );
  }
  return (
    <svg {...common} className="severity-icon">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 7v4.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="4.6" r="1" fill="#fff" />
    </svg>
  );
}

/** « : folds a pane away to the left, or unfolds one from the right. */
export function ChevronsLeftIcon() {
  return (
    <svg {...common}>
      <path d="M8 3.5 3.5 8 8 12.5M12.5 3.5 8 8l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** » : folds a pane away to the right, or unfolds one from the left. */
export function ChevronsRightIcon() {
  return (
    <svg {...common}>
      <path d="M8 3.5 12.5 8 8 12.5M3.5 3.5 8 8l-4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
