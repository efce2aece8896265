// The scorecard's verdict: the first criterion with the lowest status, as coaches read it.
import { criterionLabelRef, type CriterionResult } from '../../shared/lenses';
import type { LensId } from '../../shared/model/vocabulary';
import { criterionStatusKey, CriterionStatusIcon } from './criterion-status';
import { useRenderMessage, useT } from '../i18n/use-t';

export function WeakestLink({ lens, criterion }: { lens: LensId; criterion: CriterionResult | null }) {
  const t = useT();
  const render = useRenderMessage();
  if (!criterion) {
    return (
      <p className="weakest-link all-validated status-validated">
        <CriterionStatusIcon status="validated" /> {t('scorecard.all-validated')}
      </p>
    );
  }
  const text = `${render(criterionLabelRef(lens, criterion))} — ${t(criterionStatusKey(criterion.status))}`;
  return (
    <p className={`weakest-link status-${criterion.status}`} title={criterion.nextStep ? t('scorecard.weakest-next', { next: render(criterion.nextStep) }) : undefined}>
      <span className="weakest-link-label">{t('scorecard.weakest')}</span>
      <CriterionStatusIcon status={criterion.status} />
      <span className="weakest-link-value">{text}</span>
    </p>
  );
}
