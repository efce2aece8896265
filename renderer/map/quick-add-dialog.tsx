// Quick add: type or paste people, one per line ("Eva Berg, CFO, decision-maker, neutral"), and add them all.
import { useState, type FormEvent } from 'react';
import { addPeople, parseQuickAdd } from '../../shared/edits/quick-add';
import { Dialog } from '../components/dialog';
import { TextField } from '../components/text-field';
import { useAppStore } from '../state/store-context';

const EXAMPLE = 'Eva Berg, CFO, decision-maker, neutral\nSven Ek, IT Director, influencer, saboteur, IT';

export function QuickAddDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const [text, setText] = useState('');
  const read = parseQuickAdd(text);

  function submit(event: FormEvent) {
    event.preventDefault();
    // Nothing is added while a line cannot be read: the user fixes it and nothing is lost.
    if (read.problems.length > 0 || read.people.length === 0) return;
    store.edit((deal) => addPeople(deal, read.people).deal);
    onClose();
  }

  const count = read.people.length;
  return (
    <Dialog
      title="Quick add people"
      onClose={onClose}
      description="One person per line: name, title, role, stance, department (all but the name optional). Rows pasted from a spreadsheet work too."
    >
      <form className="dialog-form quick-add-form" onSubmit={submit}>
        <TextField label="People, one per line" multiline value={text} onChange={setText} placeholder={EXAMPLE} />
        {read.problems.length > 0 && (
          <ul className="form-error quick-add-problems" role="alert">
            {read.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={count === 0 || read.problems.length > 0}>
            {count === 1 ? 'Add 1 person' : `Add ${count} people`}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
