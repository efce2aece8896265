// The deal's "Qualification" section: the v2 fields the lenses read, in compact collapsible groups.
import type { Deal } from '../../shared/model/deal-schema';
import { BudgetGroup, PainGroup, TimeframeGroup } from './qualification-basics';
import { CompetitionGroup } from './qualification-competition';
import { DecisionCriteriaGroup, MetricsGroup } from './qualification-metrics';
import { ProcessGroup } from './qualification-process';
import { useT } from '../i18n/use-t';

export function QualificationEditor({ deal }: { deal: Deal }) {
  const t = useT();
  return (
    <div className="qualification-editor" role="group" aria-labelledby="qualification-fields-title">
      <h3 className="panel-subtitle" id="qualification-fields-title">
        {t('panel.q.title')}
      </h3>
      <p className="muted small qualification-hint">{t('panel.q.hint')}</p>
      <div className="qualification-groups">
        <PainGroup deal={deal} />
        <MetricsGroup deal={deal} />
        <BudgetGroup deal={deal} />
        <TimeframeGroup deal={deal} />
        <DecisionCriteriaGroup deal={deal} />
        <ProcessGroup deal={deal} process="decisionProcess" />
        <ProcessGroup deal={deal} process="paperProcess" />
        <CompetitionGroup deal={deal} />
      </div>
    </div>
  );
}
