// Why the settings were not saved; for a conflict (settings.json changed on disk), the way on: reload them.
import { useT } from '../i18n/use-t';
import { SPACE } from '../components/glyphs';

export interface SettingsSaveFailureProps {
  readonly message: string;
  /** The file changed on disk since it was read: offer to reload it, keeping what was typed. */
  readonly conflict: boolean;
  readonly busy: boolean;
  readonly onReload: () => void;
}

export function SettingsSaveFailure({ message, conflict, busy, onReload }: SettingsSaveFailureProps) {
  const t = useT();
  return (
    <div className="form-error settings-save-failure" role="alert">
      <p>{t('settings.failure', { message })}</p>
      {conflict && (
        <p>
          <button type="button" className="button" disabled={busy} onClick={onReload}>
            {t('settings.failure.reload')}
          </button>{SPACE}
          {t('settings.failure.reload-hint')}
        </p>
      )}
    </div>
  );
}
