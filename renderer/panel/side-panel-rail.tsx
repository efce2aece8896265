// The side panel folded to a rail: the toggle to unfold it, and the open deal's gap counts at a glance.
import { summarizeQualification } from '../../shared/engine';
import { SeverityIcon } from '../components/icons';
import { PaneToggle } from '../components/pane-toggle';
import { selectQualification } from '../state/selectors';
import { useAppState } from '../state/store-context';
import { useT } from '../i18n/use-t';

function RailCount({ severity, count }: { severity: 'blocker' | 'warning'; count: number }) {
  const t = useT();
  const words = t('panel.rail.count', { count, severity });
  return (
    <li className={`rail-count count-${severity}${count === 0 ? ' is-zero' : ''}`} title={words}>
      <SeverityIcon severity={severity} />
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{words}</span>
    </li>
  );
}

export function SidePanelRail() {
  const qualification = useAppState(selectQualification);
  const counts = qualification ? summarizeQualification(qualification) : null;
  const t = useT();
  return (
    <aside className="side-panel pane-rail" aria-label={t('panel.label')}>
      <PaneToggle pane="side-panel" />
      {counts && (
        <ul className="rail-gap-counts" aria-label={t('panel.rail.gap-counts')}>
          <RailCount severity="blocker" count={counts.blockers} />
          <RailCount severity="warning" count={counts.warnings} />
        </ul>
      )}
    </aside>
  );
}
