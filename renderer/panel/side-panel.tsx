// The right pane: the selected stakeholder's editor, the gaps, and the deal's details; folds to a rail.
import { PaneToggle } from '../components/pane-toggle';
import { selectSelectedStakeholder } from '../state/selectors';
import { useAppState } from '../state/store-context';
import { DealDetails } from './deal-details';
import { GapPanel } from './gap-panel';
import { NextActions } from './next-actions';
import { SidePanelRail } from './side-panel-rail';
import { StakeholderEditor } from './stakeholder-editor';
import { DealReviewSections } from '../review/deal-review-sections';
import { ClashPanel } from '../team/clash-panel';
import { DealHistorySection } from '../team/deal-history-section';
import { useT } from '../i18n/use-t';

function SidePanelBar() {
  return (
    <div className="side-panel-bar">
      <PaneToggle pane="side-panel" />
    </div>
  );
}

export function SidePanel() {
  const deal = useAppState((s) => s.deal);
  const stakeholder = useAppState(selectSelectedStakeholder);
  const collapsed = useAppState((s) => s.panes.sidePanelCollapsed);
  const t = useT();
  if (collapsed) return <SidePanelRail />;
  if (!deal) {
    return (
      <aside className="side-panel" aria-label={t('panel.label')}>
        <SidePanelBar />
        <p className="side-panel-empty">{t('panel.empty')}</p>
      </aside>
    );
  }
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <SidePanelBar />
      <ClashPanel deal={deal} />
      {stakeholder && <StakeholderEditor key={stakeholder.id} deal={deal} stakeholder={stakeholder} />}
      <GapPanel />
      <NextActions />
      <DealReviewSections deal={deal} />
      {/* Keyed by deal: half-typed amounts belong to the deal they were typed in. */}
      {!stakeholder && <DealDetails key={deal.id} deal={deal} />}
      <DealHistorySection dealId={deal.id} revision={deal.revision} personName={stakeholder?.name ?? null} />
    </aside>
  );
}
