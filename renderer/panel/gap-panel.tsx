// The "Gaps" region of the side panel: stage and score, then the gap list bound to the selection.
import { selectQualification } from '../state/selectors';
import { useAppState, useAppStore } from '../state/store-context';
import { GapList } from './gap-list';
import { QualificationSummary } from './qualification-summary';
import { useT } from '../i18n/use-t';

export function GapPanel() {
  const store = useAppStore();
  const t = useT();
  const qualification = useAppState(selectQualification);
  const selectedGapId = useAppState((s) => s.selection.gapId);
  const deal = useAppState((s) => s.deal);
  if (!qualification || !deal) return null;
  return (
    <section className="panel-section gap-panel" aria-label={t('panel.gaps')}>
      <h2 className="panel-title">{t('panel.qualification')}</h2>
      <QualificationSummary qualification={qualification} {...(deal.external?.stage === undefined ? {} : { crmStage: deal.external.stage })} />
      <GapList gaps={qualification.gaps} selectedGapId={selectedGapId} onSelect={(id) => store.toggleGap(id)} deal={deal} />
    </section>
  );
}
