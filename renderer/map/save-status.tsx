// The autosave status ("Saved", "Saving…", "Save failed: …") and the way out of a failure.
import { useT, type Translate } from '../i18n/use-t';
import type { SaveStatus as SaveStatusValue } from '../state/autosave';

export function saveStatusText(status: SaveStatusValue, t: Translate): string {
  switch (status.kind) {
    case 'saved':
      return t('map.save.saved');
    case 'saving':
      return t('map.save.saving');
    case 'invalid':
      return t('map.save.invalid', { message: status.message });
    case 'failed':
      return t('map.save.failed', { message: status.message });
  }
}

interface SaveStatusProps {
  readonly status: SaveStatusValue;
  readonly onReload: () => void;
  readonly onRetry: () => void;
}

export function SaveStatus({ status, onReload, onRetry }: SaveStatusProps) {
  const t = useT();
  const text = saveStatusText(status, t);
  return (
    <div className={`save-status save-${status.kind}`}>
      <span role="status" className="save-status-text" title={text}>
        <span className="save-dot" aria-hidden="true" />
        {text}
      </span>
      {status.kind === 'failed' && status.conflict && (
        <button type="button" className="button button-small" onClick={onReload}>
          {t('map.save.reload')}
        </button>
      )}
      {status.kind === 'failed' && !status.conflict && (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('map.save.retry')}
        </button>
      )}
    </div>
  );
}
