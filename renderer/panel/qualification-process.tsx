// A process of dated steps (decision or paper process): add, tick done, reorder, remove, and who confirmed it.
import type { Deal } from '../../shared/model/deal-schema';
import {
  addProcessStep,
  moveProcessStep,
  removeProcessStep,
  setProcessConfirmedBy,
  updateProcessStep,
  type ProcessKey,
} from '../../shared/edits/qualification-edits';
import { TextField } from '../components/text-field';
import { DateField } from '../components/locale-date-input';
import { SEPARATOR } from '../components/glyphs';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store-context';
import { ConfirmedByField, confirmedByText } from './qualification-confirmed-by';
import { QualificationGroup } from './qualification-group';
import { QualificationItemTools } from './qualification-item-tools';

export function ProcessGroup({ deal, process }: { deal: Deal; process: ProcessKey }) {
  const store = useAppStore();
  const t = useT();
  const { steps, confirmedBy } = deal[process];
  const title = t(`panel.q.${process}`);
  const done = steps.filter((step) => step.done).length;
  const progress = steps.length === 0 ? t('panel.q.no-steps') : t('panel.q.steps-done', { done, total: steps.length });
  return (
    <QualificationGroup
      id={process}
      title={title}
      confirmed={confirmedBy !== null}
      summary={`${progress}${SEPARATOR}${confirmedByText(t, deal, confirmedBy)}`}
    >
      <ol className="qualification-items" aria-label={t(`panel.q.${process}.steps`)}>
        {steps.map((step, index) => {
          const name = t(`panel.q.${process}.step`, { number: index + 1 });
          return (
            <li key={step.id} className="qualification-item" aria-label={name}>
              <TextField
                className="span-all"
                label={name}
                value={step.text}
                placeholder={t(`panel.q.${process}.placeholder`)}
                onChange={(text) => store.edit((current) => updateProcessStep(current, process, step.id, { text }), `deal:${process}-${step.id}-text`)}
              />
              <QualificationItemTools
                name={t(`panel.q.${process}.item`, { number: index + 1 })}
                first={index === 0}
                last={index === steps.length - 1}
                onMove={(offset) => store.edit((current) => moveProcessStep(current, process, step.id, offset))}
                onRemove={() => store.edit((current) => removeProcessStep(current, process, step.id))}
              />
              <DateField
                label={t('panel.q.date')}
                value={step.date ?? ''}
                onChange={(date) => store.edit((current) => updateProcessStep(current, process, step.id, { date: date || null }))}
              />
              <label className="checkbox-field">
                <input
                  type="checkbox"
                  checked={step.done}
                  onChange={(event) =>
                    store.edit((current) => updateProcessStep(current, process, step.id, { done: event.target.checked }))
                  }
                />
                {t('panel.q.done')}
              </label>
            </li>
          );
        })}
      </ol>
      <div className="qualification-add-row">
        <button type="button" className="button button-small" onClick={() => store.edit((current) => addProcessStep(current, process))}>
          {t('panel.q.add-step')}
        </button>
      </div>
      <ConfirmedByField
        deal={deal}
        label={t(`panel.q.${process}.confirmed-by`)}
        value={confirmedBy}
        onChange={(id) => store.edit((current) => setProcessConfirmedBy(current, process, id))}
      />
    </QualificationGroup>
  );
}
