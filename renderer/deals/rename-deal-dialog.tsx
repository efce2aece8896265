// Renames the open deal; the new name is an edit like any other (autosaved, undoable).
import { useState, type FormEvent } from 'react';
import { Dialog } from '../components/dialog';
import { TextField } from '../components/text-field';
import { renameDeal } from '../../shared/edits/deal-edits';
import { useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';

export function RenameDealDialog({ currentName, onClose }: { currentName: string; onClose: () => void }) {
  const store = useAppStore();
  const t = useT();
  const [name, setName] = useState(currentName);
  const empty = name.trim() === '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (empty) return;
    store.edit((deal) => renameDeal(deal, name.trim()));
    onClose();
  }

  return (
    <Dialog title={t('deals.rename.title')} onClose={onClose}>
      <form className="dialog-form" onSubmit={submit}>
        <TextField label={t('deals.rename.name')} value={name} onChange={setName} error={empty ? t('deals.rename.missing') : null} />
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('deals.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={empty}>
            {t('deals.rename.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
