// The scorecard's verdict: the first criterion with the lowest status, as coaches read it.
import type { CriterionResult } from '../../shared/lenses';
import { criterionStatusKey, CriterionStatusIcon } from './criterion-status';
import { useT } from '../i18n/use-t';

export function WeakestLink({ criterion }: { criterion: CriterionResult | null }) {
  const t = useT();
  if (!criterion) {
    return (
      <p className="weakest-link all-validated status-validated">
        <CriterionStatusIcon status="validated" /> {t('scorecard.all-validated')}
      </p>
    );
  }
  const text = `${criterion.label} — ${t(criterionStatusKey(criterion.status))}`;
  return (
    <p className={`weakest-link status-${criterion.status}`} title={criterion.nextStep ? t('scorecard.weakest-next', { next: criterion.nextStep }) : undefined}>
      <span className="weakest-link-label">{t('scorecard.weakest')}</span>
      <CriterionStatusIcon status={criterion.status} />
      <span className="weakest-link-value">{text}</span>
    </p>
  );
}
