// "Share with a team": the repository address, who you are, and a token for HTTPS; the workspace becomes a team workspace.
import { useId, useState, type FormEvent } from 'react';
import type { TeamStatus } from '../../shared/api/team-contract';
import { errorMessage } from '../api/dealmap-client';
import { Dialog } from '../components/dialog';
import { TextField } from '../components/text-field';
import { useAppStore } from '../state/store-context';

export function ShareWorkspaceDialog({ onClose, onShared }: { onClose: () => void; onShared: (status: TeamStatus) => void }) {
  const store = useAppStore();
  const [remote, setRemote] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tokenId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!remote.trim() || !name.trim() || !email.trim()) {
      setError('Give the repository address, your name and your e-mail: every change you make is signed with them.');
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
      title="Share with a team"
      onClose={onClose}
      description="The deals of this workspace go into the team's git repository (an empty one, or the one your team uses: both sets of deals are merged). From then on every save is sent to the team."
    >
      <form className="dialog-form" onSubmit={(event) => void submit(event)}>
        <TextField label="Repository address" value={remote} onChange={setRemote} placeholder="https://github.com/acme/sales-team.git" />
        <TextField label="Your name" value={name} onChange={setName} placeholder="Sara Lind" />
        <TextField label="Your e-mail" value={email} onChange={setEmail} placeholder="sara.lind@acme.com" />
        <div className="field">
          <label htmlFor={tokenId}>Access token (HTTPS; leave empty for SSH or a credential manager)</label>
          <input id={tokenId} type="password" value={token} autoComplete="off" onChange={(event) => setToken(event.target.value)} />
        </div>
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
            {busy ? 'Sharing…' : 'Share'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
