// The store's settings actions: read settings.json with the workspace, save it from the settings dialog.
import { settingsFingerprint, type WorkspaceSettings } from '../../shared/settings/workspace-settings';
import { ApiError, errorMessage, type DealmapClient } from '../api/dealmap-client';
import type { AppState } from './app-state';
import type { StateContainer } from './state-container';
import { ENGLISH, stateText, type ChosenLanguage } from './state-text';

/** What the user reads when settings.json is damaged: the host's message names file, field and reason. */
export function settingsProblemText(error: unknown, language: ChosenLanguage = ENGLISH): string {
  if (error instanceof ApiError && error.code === 'unreadable-file') return error.message;
  return stateText(language, 'settings.problem.not-loaded', { reason: errorMessage(error) });
}

/** A save refused because settings.json changed on disk since it was read: reloading is the way on. */
export function isSettingsConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'conflict';
}

export function createSettingsActions(
  client: Pick<DealmapClient, 'getSettings' | 'saveSettings'>,
  { get, set }: Pick<StateContainer<AppState>, 'get' | 'set'>,
  language: ChosenLanguage = ENGLISH,
) {
  return {
    /** Reads the settings; a damaged file leaves the defaults in place and says why, and is never written. */
    async loadSettings(): Promise<void> {
      try {
        const read = await client.getSettings({});
        // The same settings keep their object, so no qualification cache is thrown away.
        set((s) => ({
          ...s,
          settings: settingsFingerprint(read) === settingsFingerprint(s.settings) ? s.settings : read,
          settingsProblem: null,
        }));
      } catch (error) {
        set((s) => ({ ...s, settingsProblem: settingsProblemText(error, language) }));
      }
    },

    /**
     * Writes settings.json over `from`, the settings the edit started from (by default the ones last
     * read or saved): their fingerprint is the base, so another writer's change is a `conflict`, not
     * lost. A refusal is thrown to the dialog.
     */
    async saveSettings(settings: WorkspaceSettings, from: WorkspaceSettings = get().settings): Promise<void> {
      const saved = await client.saveSettings({ settings, base: settingsFingerprint(from) });
      set((s) => ({ ...s, settings: saved, settingsProblem: null }));
    },
  };
}
