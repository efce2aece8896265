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

/** "2 metrics, 1 confirmed", or `none` for an empty list. */
function countText(items: readonly { readonly confirmedBy: string | null }[], one: string, many: string, none: string): string {
  if (items.length === 0) return none;
  const confirmed = items.filter((item) => item.confirmedBy !== null).length;
  return `${items.length} ${items.length === 1 ? one : many}, ${confirmed} confirmed`;
}

const allConfirmed = (items: readonly { readonly confirmedBy: string | null }[]) =>
  items.length > 0 && items.every((item) => item.confirmedBy !== null);

export function MetricsGroup({ deal }: { deal: Deal }) {
  const store = useAppStore();
  return (
    <QualificationGroup
      id="metrics"
      title="Metrics"
      confirmed={allConfirmed(deal.metrics)}
      summary={countText(deal.metrics, 'metric', 'metrics', 'none yet')}
    >
      <ol className="qualification-items" aria-label="Metrics">
        {deal.metrics.map((metric, index) => {
          const name = `Metric ${index + 1}`;
          const patch = (field: string, value: Parameters<typeof updateMetric>[2]) =>
            store.edit((current) => updateMetric(current, metric.id, value), `deal:metric-${metric.id}-${field}`);
          return (
            <li key={metric.id} className="qualification-item" aria-label={name}>
              <TextField
                className="span-all"
                label={name}
                value={metric.text}
                placeholder="Days to close the books"
                onChange={(text) => patch('text', { text })}
              />
              <QualificationItemTools name={name.toLowerCase()} onRemove={() => store.edit((current) => removeMetric(current, metric.id))} />
              <QualificationNumberField label="Baseline" value={metric.baseline} onChange={(baseline) => patch('baseline', { baseline })} />
              <QualificationNumberField label="Target" value={metric.target} onChange={(target) => patch('target', { target })} />
              <TextField label="Unit" value={metric.unit} placeholder="days" onChange={(unit) => patch('unit', { unit })} />
              <ConfirmedByField
                deal={deal}
                label="Confirmed by"
                value={metric.confirmedBy}
                onChange={(confirmedBy) => store.edit((current) => updateMetric(current, metric.id, { confirmedBy }))}
              />
            </li>
          );
        })}
      </ol>
      <div className="qualification-add-row">
        <button type="button" className="button button-small" onClick={() => store.edit((current) => addMetric(current))}>
          Add metric
        </button>
      </div>
    </QualificationGroup>
  );
}

export function DecisionCriteriaGroup({ deal }: { deal: Deal }) {
  const store = useAppStore();
  return (
    <QualificationGroup
      id="decision-criteria"
      title="Decision criteria"
      confirmed={allConfirmed(deal.decisionCriteria)}
      summary={countText(deal.decisionCriteria, 'criterion', 'criteria', 'none yet')}
    >
      <ol className="qualification-items" aria-label="Decision criteria">
        {deal.decisionCriteria.map((criterion, index) => {
          const name = `Criterion ${index + 1}`;
          return (
            <li key={criterion.id} className="qualification-item" aria-label={name}>
              <TextField
                className="span-all"
                label={name}
                value={criterion.text}
                placeholder="Runs on our Azure tenant"
                onChange={(text) =>
                  store.edit((current) => updateDecisionCriterion(current, criterion.id, { text }), `deal:criterion-${criterion.id}-text`)
                }
              />
              <QualificationItemTools
                name={name.toLowerCase()}
                onRemove={() => store.edit((current) => removeDecisionCriterion(current, criterion.id))}
              />
              <ConfirmedByField
                className="span-all"
                deal={deal}
                label="Confirmed by"
                value={criterion.confirmedBy}
                onChange={(confirmedBy) => store.edit((current) => updateDecisionCriterion(current, criterion.id, { confirmedBy }))}
              />
            </li>
          );
        })}
      </ol>
      <div className="qualification-add-row">
        <button type="button" className="button button-small" onClick={() => store.edit((current) => addDecisionCriterion(current))}>
          Add criterion
        </button>
      </div>
    </QualificationGroup>
  );
}
