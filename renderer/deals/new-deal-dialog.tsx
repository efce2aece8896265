// The "New deal" form: a name and an account; the host creates the file.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/dealmap-client';
import { Dialog } from '../components/dialog';
import { TextField } from '../components/text-field';
import { useAppStore } from '../state/store-context';

export function NewDealDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const [name, setName] = useState('');
  const [account, setAccount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || !account.trim()) {
      setError('Give the deal a name and an account.');
      return;
    }
    setBusy(true);
    try {
      await store.createDeal(name.trim(), account.trim());
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog title="New deal" onClose={onClose}>
      <form className="dialog-form" onSubmit={(event) => void submit(event)}>
        <TextField label="Deal name" value={name} onChange={setName} placeholder="ERP replacement" />
        <TextField label="Account" value={account} onChange={setAccount} placeholder="Northwind AB" />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Create deal
          </button>
        </div>
      </form>
    </Dialog>
  );
}
