// A criterion's status as shape, colour and word: an empty ring, a half-filled ring, a ticked disc.
import type { CriterionStatus } from '../../shared/lenses';

/** `scorecard.status.<status>` in the catalogs: "missing", "identified", "validated". */
export const criterionStatusKey = (status: CriterionStatus): string => `scorecard.status.${status}`;

const common = { width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': true, focusable: false } as const;

export function CriterionStatusIcon({ status }: { status: CriterionStatus }) {
  if (status === 'validated') {
    return (
      <svg {...common} className="status-icon">
        <circle cx="6" cy="6" r="5.5" fill="currentColor" />
        <path d="M3.4 6.2 5.2 8 8.7 4.3" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    );
  }
  if (status === 'identified') {
    return (
      <svg {...common} className="status-icon">
        <circle cx="6" cy="6" r="4.8" fill="none" stroke="currentColor" strokeWidth="1.4" />
        <path d="M6 1.2a4.8 4.8 0 0 1 0 9.6z" fill="currentColor" />
      </svg>
    );
  }
  return (
    <svg {...common} className="status-icon">
      <circle cx="6" cy="6" r="4.8" fill="none" stroke="currentColor" strokeWidth="1.4" strokeDasharray="2.2 1.6" />
    </svg>
  );
}
