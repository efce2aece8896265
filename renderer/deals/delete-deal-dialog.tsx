// Asks before deleting the open deal's file.
import { useState } from 'react';
import { errorMessage } from '../api/dealmap-client';
import { Dialog } from '../components/dialog';
import { useAppStore } from '../state/store-context';
import { useRichT, useT } from '../i18n/use-t';

export function DeleteDealDialog({ dealName, onClose }: { dealName: string; onClose: () => void }) {
  const store = useAppStore();
  const t = useT();
  const richT = useRichT();
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
      title={t('deals.delete.title')}
      onClose={onClose}
      description={
        <p>{richT('deals.delete.description', { deal: dealName, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      }
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('deals.cancel')}
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
          {t('deals.delete.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
