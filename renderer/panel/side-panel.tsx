// The right pane: the selected stakeholder's editor, the gaps, and the deal's details.
import { selectSelectedStakeholder } from '../state/selectors';
import { useAppState } from '../state/store-context';
import { DealDetails } from './deal-details';
import { GapPanel } from './gap-panel';
import { StakeholderEditor } from './stakeholder-editor';

export function SidePanel() {
  const deal = useAppState((s) => s.deal);
  const stakeholder = useAppState(selectSelectedStakeholder);
  if (!deal) return <aside className="side-panel" aria-label="Deal panel" />;
  return (
    <aside className="side-panel" aria-label="Deal panel">
      {stakeholder && <StakeholderEditor key={stakeholder.id} deal={deal} stakeholder={stakeholder} />}
      <GapPanel />
      {!stakeholder && <DealDetails deal={deal} />}
    </aside>
  );
}
