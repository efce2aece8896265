// Quick add: type or paste people, one per line ("Eva Berg, CFO, decision-maker, neutral"), and add them all.
import { useState, type FormEvent } from 'react';
import { addPeople, parseQuickAdd } from '../../shared/edits/quick-add';
import { Dialog } from '../components/dialog';
import { TextField } from '../components/text-field';
import { useRenderMessage, useT } from '../i18n/use-t';
import { useAppStore } from '../state/store-context';

export function QuickAddDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const t = useT();
  const render = useRenderMessage();
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
      title={t('map.quick-add.title')}
      onClose={onClose}
      description={t('map.quick-add.description')}
    >
      <form className="dialog-form quick-add-form" onSubmit={submit}>
        <TextField label={t('map.quick-add.people')} multiline value={text} onChange={setText} placeholder={t('map.quick-add.example')} />
        {read.problems.length > 0 && (
          <ul className="form-error quick-add-problems" role="alert">
            {read.problems.map((problem) => (
              <li key={JSON.stringify(problem)}>{render(problem)}</li>
            ))}
          </ul>
        )}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('map.quick-add.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={count === 0 || read.problems.length > 0}>
            {t('map.quick-add.submit', { count })}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
