// Why the settings were not saved; for a conflict (settings.json changed on disk), the way on: reload them.

export interface SettingsSaveFailureProps {
  readonly message: string;
  /** The file changed on disk since it was read: offer to reload it, keeping what was typed. */
  readonly conflict: boolean;
  readonly busy: boolean;
  readonly onReload: () => void;
}

export function SettingsSaveFailure({ message, conflict, busy, onReload }: SettingsSaveFailureProps) {
  return (
    <div className="form-error settings-save-failure" role="alert">
      <p>Not saved: {message}</p>
      {conflict && (
        <p>
          <button type="button" className="button" disabled={busy} onClick={onReload}>
            Reload settings
          </button>{' '}
          Fields you changed keep what you typed; the others show the file’s values.
        </p>
      )}
    </div>
  );
}
