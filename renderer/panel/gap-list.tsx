// The deal's gaps grouped by severity, blockers first; each gap selects its people on the map.
import type { Gap } from '../../shared/engine/types';
import { GAP_SEVERITIES } from '../../shared/engine/types';
import { SeverityIcon } from '../components/icons';
import { SEVERITY_LABELS } from '../vocabulary-labels';

interface GapListProps {
  readonly gaps: readonly Gap[];
  readonly selectedGapId: string | null;
  readonly onSelect: (gapId: string) => void;
}

export function GapList({ gaps, selectedGapId, onSelect }: GapListProps) {
  if (gaps.length === 0) {
    return <p className="gaps-empty">No gaps: nothing blocks this deal.</p>;
  }
  return (
    <div className="gap-groups">
      {GAP_SEVERITIES.map((severity) => {
        const group = gaps.filter((gap) => gap.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={`gap-group gap-group-${severity}`} aria-label={SEVERITY_LABELS[severity]}>
            <h3 className="gap-group-title">
              {SEVERITY_LABELS[severity]} <span className="count">{group.length}</span>
            </h3>
            <ul className="gap-items">
              {group.map((gap) => (
                <li key={gap.id}>
                  <button
                    type="button"
                    className={`gap-item gap-${gap.severity}${gap.id === selectedGapId ? ' is-selected' : ''}`}
                    aria-pressed={gap.id === selectedGapId}
                    data-gap-code={gap.code}
                    onClick={() => onSelect(gap.id)}
                  >
                    <span className="gap-message">
                      <span className="gap-icon">
                        <SeverityIcon severity={gap.severity} />
                      </span>
                      {gap.message}
                    </span>
                    <span className="gap-next">
                      <span className="gap-next-label">Next:</span> {gap.nextAction}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
