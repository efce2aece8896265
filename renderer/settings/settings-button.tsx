// The gear that opens the workspace settings; it carries a warning mark while settings.json is unreadable.
import { useState } from 'react';
import { useAppState, useAppStore } from '../state/store-context';
import { GearIcon } from './gear-icon';
import { WorkspaceSettingsDialog } from './workspace-settings-dialog';
import { useT } from '../i18n/use-t';

export function SettingsButton() {
  const store = useAppStore();
  const t = useT();
  const [open, setOpen] = useState(false);
  const damaged = useAppState((s) => s.settingsProblem !== null);
  const name = damaged ? t('settings.button-damaged') : t('settings.button');
  return (
    <>
      <button
        type="button"
        className={`button button-icon button-quiet settings-button${damaged ? ' has-problem' : ''}`}
        aria-label={name}
        title={name}
        // The dialog starts from settings.json as it is now, not as it was when the workspace opened.
        onClick={() => void store.loadSettings().finally(() => setOpen(true))}
      >
        <GearIcon />
        {damaged && <span className="settings-problem-mark" aria-hidden="true" />}
      </button>
      {open && <WorkspaceSettingsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
