// Asks before deleting the open deal's file.
import { useState } from 'react';
import { errorMessage } from '../api/dealmap-client';
import { Dialog } from '../components/dialog';
import { useAppStore } from '../state/store-context';

export function DeleteDealDialog({ dealName, onClose }: { dealName: string; onClose: () => void }) {
  const store = useAppStore();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await store.deleteOpenDeal();
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Delete deal?"
      onClose={onClose}
      description={
        <p>
          <strong>{dealName}</strong> and its buying-center map will be deleted from the workspace. This
          cannot be undone.
        </p>
      }
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
          Confirm delete
        </button>
      </div>
    </Dialog>
  );
}
