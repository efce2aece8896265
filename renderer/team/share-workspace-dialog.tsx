// "Share with a team": the repository address, who you are, and a token for HTTPS; the workspace becomes a team workspace.
import { useId, useState, type FormEvent } from 'react';
import type { TeamStatus } from '../../shared/api/team-contract';
import { errorMessage } from '../api/dealmap-client';
import { Dialog } from '../components/dialog';
import { TextField } from '../components/text-field';
import { useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';

export function ShareWorkspaceDialog({ onClose, onShared }: { onClose: () => void; onShared: (status: TeamStatus) => void }) {
  const store = useAppStore();
  const [remote, setRemote] = useState('');
  const t = useT();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tokenId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!remote.trim() || !name.trim() || !email.trim()) {
      setError(t('team.share.missing'));
      return;
    }
    setBusy(true);
    try {
      const status = await store.shareWorkspace({ remote: remote.trim(), name: name.trim(), email: email.trim(), ...(token === '' ? {} : { token }) });
      onShared(status);
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t('team.share.title')}
      onClose={onClose}
      description={t('team.share.description')}
    >
      <form className="dialog-form" onSubmit={(event) => void submit(event)}>
        <TextField label={t('team.share.remote')} value={remote} onChange={setRemote} placeholder={t('team.share.remote-placeholder')} />
        <TextField label={t('team.share.name')} value={name} onChange={setName} placeholder={t('team.share.name-placeholder')} />
        <TextField label={t('team.share.email')} value={email} onChange={setEmail} placeholder={t('team.share.email-placeholder')} />
        <div className="field">
          <label htmlFor={tokenId}>{t('team.share.token')}</label>
          <input id={tokenId} type="password" value={token} autoComplete="off" onChange={(event) => setToken(event.target.value)} />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('team.share.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('team.share.sharing') : t('team.share.share')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
