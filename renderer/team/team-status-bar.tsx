// The team workspace's sync state in the window's top bar: in step, n to send, offline, needs attention; sync now.
import { useCallback, useEffect, useState } from 'react';
import type { TeamStatus } from '../../shared/api/team-contract';
import { errorMessage } from '../api/dealmap-client';
import { useAppStore } from '../state/store-context';
import { ShareWorkspaceDialog } from './share-workspace-dialog';
import { useRenderMessage, useT, type Translate } from '../i18n/use-t';

/** Often enough to see a teammate's change within a minute; the host fetches on its own schedule. */
const POLL_MS = 15_000;

function stateWords(t: Translate, status: TeamStatus): string {
  switch (status.state) {
    case 'in-step':
      return t('team.state.in-step');
    case 'to-send':
      return t('team.state.to-send', { count: status.toSend });
    case 'offline':
      return t('team.state.offline', { count: status.toSend });
    case 'attention':
      return t('team.state.attention');
    case 'local':
      return '';
  }
}

export function TeamStatusBar() {
  const store = useAppStore();
  const t = useT();
  const render = useRenderMessage();
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [sharing, setSharing] = useState(false);
  const refresh = useCallback(() => {
    store.teamStatus({}).then(setStatus, (failure: unknown) => setError(errorMessage(failure)));
  }, [store]);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  if (status === null) return null;
  if (status.state === 'local') {
    return (
      <div className="team-status is-local">
        <button type="button" className="team-status-sync" onClick={() => setSharing(true)}>
          {t('team.share')}
        </button>
        {sharing && <ShareWorkspaceDialog onClose={() => setSharing(false)} onShared={setStatus} />}
      </div>
    );
  }
  const syncNow = async () => {
    setSyncing(true);
    setError(null);
    try {
      setStatus(await store.syncTeam({}));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSyncing(false);
    }
  };
  const details = [...status.clashFiles.map((file) => t('team.clash-file', { file })), ...status.problemMessages.map(render)];
  return (
    <div className={`team-status is-${status.state}`} role="status" aria-label={t('team.sync-label')}>
      <span className="team-status-dot" aria-hidden="true" />
      {details.length > 0 ? (
        <button type="button" className="team-status-words link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {stateWords(t, status)}
        </button>
      ) : (
        <span className="team-status-words">{stateWords(t, status)}</span>
      )}
      <button type="button" className="team-status-sync" onClick={() => void syncNow()} disabled={syncing}>
        {syncing ? t('team.syncing') : t('team.sync-now')}
      </button>
      {error !== null && <span className="team-status-error">{error}</span>}
      {open && details.length > 0 && (
        <ul className="team-status-details">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
