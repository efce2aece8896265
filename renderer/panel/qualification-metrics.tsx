// Metrics and decision criteria: lists of what the customer will measure and choose by, each confirmed by someone.
import type { Deal } from '../../shared/model/deal-schema';
import {
  addDecisionCriterion,
  addMetric,
  removeDecisionCriterion,
  removeMetric,
  updateDecisionCriterion,
  updateMetric,
} from '../../shared/edits/qualification-edits';
import { TextField } from '../components/text-field';
import { useAppStore } from '../state/store-context';
import { ConfirmedByField } from './qualification-confirmed-by';
import { QualificationGroup } from './qualification-group';
import { QualificationItemTools } from './qualification-item-tools';
import { QualificationNumberField } from './qualification-number-field';
import { useT, type Translate } from '../i18n/use-t';

/** "2 metrics, 1 confirmed", or `none` for an empty list. */
function countText(t: Translate, items: readonly { readonly confirmedBy: string | null }[], kind: 'metric' | 'criterion'): string {
  if (items.length === 0) return t('panel.q.none-yet');
  const confirmed = items.filter((item) => item.confirmedBy !== null).length;
  return t('panel.q.count', { count: items.length, kind, confirmed });
}

const allConfirmed = (items: readonly { readonly confirmedBy: string | null }[]) =>
  items.length > 0 && items.every((item) => item.confirmedBy !== null);

export function MetricsGroup({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const t = useT();
  return (
    <QualificationGroup
      id="metrics"
      title={t('panel.q.metrics')}
      confirmed={allConfirmed(deal.metrics)}
      summary={countText(t, deal.metrics, 'metric')}
    >
      <ol className="qualification-items" aria-label={t('panel.q.metrics')}>
        {deal.metrics.map((metric, index) => {
          const name = t('panel.q.metric', { number: index + 1 });
          const patch = (field: string, value: Parameters<typeof updateMetric>[2]) =>
            store.edit((current) => updateMetric(current, metric.id, value), `deal:metric-${metric.id}-${field}`);
          return (
            <li key={metric.id} className="qualification-item" aria-label={name}>
              <TextField
                className="span-all"
                label={name}
                value={metric.text}
                placeholder={t('panel.q.metric-placeholder')}
                onChange={(text) => patch('text', { text })}
              />
              <QualificationItemTools
                name={t('panel.q.metric-item', { number: index + 1 })}
                onRemove={() => store.edit((current) => removeMetric(current, metric.id))}
              />
              <QualificationNumberField label={t('panel.q.baseline')} value={metric.baseline} onChange={(baseline) => patch('baseline', { baseline })} />
              <QualificationNumberField label={t('panel.q.target')} value={metric.target} onChange={(target) => patch('target', { target })} />
              <TextField label={t('panel.q.unit')} value={metric.unit} placeholder={t('panel.q.unit-placeholder')} onChange={(unit) => patch('unit', { unit })} />
              <ConfirmedByField
                deal={deal}
                label={t('panel.q.confirmed-by')}
                value={metric.confirmedBy}
                onChange={(confirmedBy) => store.edit((current) => updateMetric(current, metric.id, { confirmedBy }))}
              />
            </li>
          );
        })}
      </ol>
      <div className="qualification-add-row">
        <button type="button" className="button button-small" onClick={() => store.edit((current) => addMetric(current))}>
          {t('panel.q.add-metric')}
        </button>
      </div>
    </QualificationGroup>
  );
}

export function DecisionCriteriaGroup({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const t = useT();
  return (
    <QualificationGroup
      id="decision-criteria"
      title={t('panel.q.criteria')}
      confirmed={allConfirmed(deal.decisionCriteria)}
      summary={countText(t, deal.decisionCriteria, 'criterion')}
    >
      <ol className="qualification-items" aria-label={t('panel.q.criteria')}>
        {deal.decisionCriteria.map((criterion, index) => {
          const name = t('panel.q.criterion', { number: index + 1 });
          return (
            <li key={criterion.id} className="qualification-item" aria-label={name}>
              <TextField
                className="span-all"
                label={name}
                value={criterion.text}
                placeholder={t('panel.q.criterion-placeholder')}
                onChange={(text) =>
                  store.edit((current) => updateDecisionCriterion(current, criterion.id, { text }), `deal:criterion-${criterion.id}-text`)
                }
              />
              <QualificationItemTools
                name={t('panel.q.criterion-item', { number: index + 1 })}
                onRemove={() => store.edit((current) => removeDecisionCriterion(current, criterion.id))}
              />
              <ConfirmedByField
                className="span-all"
                deal={deal}
                label={t('panel.q.confirmed-by')}
                value={criterion.confirmedBy}
                onChange={(confirmedBy) => store.edit((current) => updateDecisionCriterion(current, criterion.id, { confirmedBy }))}
              />
            </li>
          );
        })}
      </ol>
      <div className="qualification-add-row">
        <button type="button" className="button button-small" onClick={() => store.edit((current) => addDecisionCriterion(current))}>
          {t('panel.q.add-criterion')}
        </button>
      </div>
    </QualificationGroup>
  );
}
