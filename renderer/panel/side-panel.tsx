// The right pane: the selected stakeholder's editor, the gaps, and the deal's details.
import { selectSelectedStakeholder } from '../state/selectors';
import { useAppState } from '../state/store-context';
import { DealDetails } from './deal-details';
import { GapPanel } from './gap-panel';
import { StakeholderEditor } from './stakeholder-editor';

export function SidePanel() {
  const deal = useAppState((s) => s.deal);
  const stakeholder = useAppState(selectSelectedStakeholder);
  if (!deal) {
    return (
      <aside className="side-panel" aria-label="Deal panel">
        <p className="side-panel-empty">The open deal’s stage, score and gaps show here, with its details.</p>
      </aside>
    );
  }
  return (
    <aside className="side-panel" aria-label="Deal panel">
      {stakeholder && <StakeholderEditor key={stakeholder.id} deal={deal} stakeholder={stakeholder} />}
      <GapPanel />
      {/* Keyed by deal: half-typed amounts belong to the deal they were typed in. */}
      {!stakeholder && <DealDetails key={deal.id} deal={deal} />}
    </aside>
  );
}
