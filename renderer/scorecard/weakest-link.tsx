// The scorecard's verdict: the first criterion with the lowest status, as coaches read it.
import type { CriterionResult } from '../../shared/lenses';
import { CRITERION_STATUS_LABELS, CriterionStatusIcon } from './criterion-status';

export function WeakestLink({ criterion }: { criterion: CriterionResult | null }) {
  if (!criterion) {
    return (
      <p className="weakest-link all-validated status-validated">
        <CriterionStatusIcon status="validated" /> Every criterion validated
      </p>
    );
  }
  const text = `${criterion.label} — ${CRITERION_STATUS_LABELS[criterion.status]}`;
  return (
    <p className={`weakest-link status-${criterion.status}`} title={criterion.nextStep ? `Next: ${criterion.nextStep}` : undefined}>
      <span className="weakest-link-label">Weakest link:</span>
      <CriterionStatusIcon status={criterion.status} />
      <span className="weakest-link-value">{text}</span>
    </p>
  );
}
