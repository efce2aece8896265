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
import { useAppStore } from '../state/store-context';
import { ConfirmedByField, confirmedByText } from './qualification-confirmed-by';
import { QualificationGroup } from './qualification-group';
import { QualificationItemTools } from './qualification-item-tools';

const TITLES: Record<ProcessKey, { title: string; noun: string; placeholder: string }> = {
  decisionProcess: { title: 'Decision process', noun: 'Decision step', placeholder: 'Steering committee' },
  paperProcess: { title: 'Paper process', noun: 'Paper step', placeholder: 'Legal review of the contract' },
};

export function ProcessGroup({ deal, process }: { deal: Deal; process: ProcessKey }) {
  const store = useAppStore();
  const { steps, confirmedBy } = deal[process];
  const { title, noun, placeholder } = TITLES[process];
  const done = steps.filter((step) => step.done).length;
  const progress = steps.length === 0 ? 'no steps' : `${done} of ${steps.length} done`;
  return (
    <QualificationGroup
      id={process}
      title={title}
      confirmed={confirmedBy !== null}
      summary={`${progress} · ${confirmedByText(deal, confirmedBy)}`}
    >
      <ol className="qualification-items" aria-label={`${title} steps`}>
        {steps.map((step, index) => {
          const name = `${noun} ${index + 1}`;
          return (
            <li key={step.id} className="qualification-item" aria-label={name}>
              <TextField
                className="span-all"
                label={name}
                value={step.text}
                placeholder={placeholder}
                onChange={(text) => store.edit((current) => updateProcessStep(current, process, step.id, { text }), `deal:${process}-${step.id}-text`)}
              />
              <QualificationItemTools
                name={name.toLowerCase()}
                first={index === 0}
                last={index === steps.length - 1}
                onMove={(offset) => store.edit((current) => moveProcessStep(current, process, step.id, offset))}
                onRemove={() => store.edit((current) => removeProcessStep(current, process, step.id))}
              />
              <TextField
                label="Date"
                type="date"
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
                Done
              </label>
            </li>
          );
        })}
      </ol>
      <div className="qualification-add-row">
        <button type="button" className="button button-small" onClick={() => store.edit((current) => addProcessStep(current, process))}>
          Add step
        </button>
      </div>
      <ConfirmedByField
        deal={deal}
        label={`${title} confirmed by`}
        value={confirmedBy}
        onChange={(id) => store.edit((current) => setProcessConfirmedBy(current, process, id))}
      />
    </QualificationGroup>
  );
}
