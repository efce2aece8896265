// The store's settings actions: read settings.json with the workspace, save it from the settings dialog.
import type { WorkspaceSettings } from '../../shared/settings/workspace-settings';
import { ApiError, errorMessage, type DealmapClient } from '../api/dealmap-client';
import type { AppState } from './app-state';
import type { StateContainer } from './state-container';

/** What the user reads when settings.json is damaged: the host's message names file, field and reason. */
export function settingsProblemText(error: unknown): string {
  if (error instanceof ApiError && error.code === 'unreadable-file') return error.message;
  return `The workspace settings could not be loaded (${errorMessage(error)}).`;
}

export function createSettingsActions(
  client: Pick<DealmapClient, 'getSettings' | 'saveSettings'>,
  { set }: Pick<StateContainer<AppState>, 'set'>,
) {
  return {
    /** Reads the settings; a damaged file leaves the defaults in place and says why, and is never written. */
    async loadSettings(): Promise<void> {
      try {
        const settings = await client.getSettings({});
        set((s) => ({ ...s, settings, settingsProblem: null }));
      } catch (error) {
        set((s) => ({ ...s, settingsProblem: settingsProblemText(error) }));
      }
    },

    /** Writes settings.json; a refusal (say, a damaged file the host will not overwrite) is thrown to the dialog. */
    async saveSettings(settings: WorkspaceSettings): Promise<void> {
      const saved = await client.saveSettings({ settings });
      set((s) => ({ ...s, settings: saved, settingsProblem: null }));
    },
  };
}
