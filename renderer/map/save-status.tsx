// The autosave status ("Saved", "Saving…", "Save failed: …") and the way out of a failure.
import type { SaveStatus as SaveStatusValue } from '../state/autosave';

export function saveStatusText(status: SaveStatusValue): string {
  switch (status.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'invalid':
      return `Not saved: ${status.message}`;
    case 'failed':
      return `Save failed: ${status.message}`;
  }
}

interface SaveStatusProps {
  readonly status: SaveStatusValue;
  readonly onReload: () => void;
  readonly onRetry: () => void;
}

export function SaveStatus({ status, onReload, onRetry }: SaveStatusProps) {
  return (
    <div className={`save-status save-${status.kind}`}>
      <span role="status" className="save-status-text" title={saveStatusText(status)}>
        <span className="save-dot" aria-hidden="true" />
        {saveStatusText(status)}
      </span>
      {status.kind === 'failed' && status.conflict && (
        <button type="button" className="button button-small" onClick={onReload}>
          Reload deal
        </button>
      )}
      {status.kind === 'failed' && !status.conflict && (
        <button type="button" className="button button-small" onClick={onRetry}>
          Retry save
        </button>
      )}
    </div>
  );
}
