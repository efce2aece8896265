// The "Workspace settings" dialog: default lens, thresholds and action weights, validated inline and saved to settings.json.
import { useId, useState, type FormEvent } from 'react';
import { LENSES } from '../../shared/lenses';
import { LENS_IDS } from '../../shared/model/vocabulary';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../shared/settings/workspace-settings';
import { errorMessage } from '../api/dealmap-client';
import { Dialog } from '../components/dialog';
import { useAppState, useAppStore } from '../state/store-context';
import { draftOf, readDraft, type SettingsDraft, type SettingsErrors } from './settings-draft';
import { SettingsNumberField } from './settings-number-field';

const DEFAULTS = DEFAULT_WORKSPACE_SETTINGS;

export function WorkspaceSettingsDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const settings = useAppState((s) => s.settings);
  const problem = useAppState((s) => s.settingsProblem);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const lensId = useId();
  const lensHintId = useId();

  /** Each change is checked at once, so a wrong value is named while the user is still on it. */
  function change(patch: Partial<SettingsDraft>) {
    const next = { ...draft, ...patch };
    setDraft(next);
    const reading = readDraft(next, settings);
    setErrors(reading.ok ? {} : reading.errors);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reading = readDraft(draft, settings);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setBusy(true);
    try {
      await store.saveSettings(reading.settings);
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Workspace settings"
      onClose={onClose}
      description={<p>Saved in the workspace’s settings.json; every deal in the workspace is qualified with them.</p>}
    >
      <form className="dialog-form settings-form" noValidate onSubmit={(event) => void submit(event)}>
        {problem && (
          <div className="form-error settings-problem-note" role="alert">
            <strong>settings.json could not be read.</strong> {problem} Dealmap uses the defaults meanwhile.
          </div>
        )}
        <div className="field settings-field">
          <label htmlFor={lensId}>Default lens</label>
          <select
            id={lensId}
            aria-describedby={lensHintId}
            value={draft.defaultLens}
            onChange={(event) => change({ defaultLens: LENS_IDS.find((lens) => lens === event.target.value) ?? draft.defaultLens })}
          >
            {LENS_IDS.map((lens) => (
              <option key={lens} value={lens}>
                {LENSES[lens].label}
              </option>
            ))}
          </select>
          <span id={lensHintId} className="settings-hint">
            For deals without a lens of their own. Default: {LENSES[DEFAULTS.defaultLens].label}.
          </span>
        </div>
        <SettingsNumberField
          label="Days until a contact is stale"
          value={draft.staleContactDays}
          error={errors.staleContactDays}
          hint={`A decision-maker not contacted for longer is flagged. 1 to 3650; default: ${DEFAULTS.staleContactDays}.`}
          onChange={(staleContactDays) => change({ staleContactDays })}
        />
        <SettingsNumberField
          label="Engaged stakeholders that end single-threading"
          value={draft.singleThreadMinEngaged}
          error={errors.singleThreadMinEngaged}
          hint={`Fewer people showing interest than this is a single thread. 1 to 100; default: ${DEFAULTS.singleThreadMinEngaged}.`}
          onChange={(singleThreadMinEngaged) => change({ singleThreadMinEngaged })}
        />
        <fieldset className="settings-weights">
          <legend>Action weights</legend>
          <SettingsNumberField
            label="Per blocker cleared"
            value={draft.blockerWeight}
            step="any"
            error={errors.blockerWeight}
            hint={`How next actions are ranked. 0 or more; default: ${DEFAULTS.actionWeights.blocker}.`}
            onChange={(blockerWeight) => change({ blockerWeight })}
          />
          <SettingsNumberField
            label="Per score point gained"
            value={draft.scoreWeight}
            step="any"
            error={errors.scoreWeight}
            hint={`0 or more; default: ${DEFAULTS.actionWeights.score}.`}
            onChange={(scoreWeight) => change({ scoreWeight })}
          />
        </fieldset>
        {failure && (
          <p className="form-error" role="alert">
            Not saved: {failure}
          </p>
        )}
        <div className="dialog-buttons settings-buttons">
          <button type="button" className="button settings-reset" onClick={() => change(draftOf(DEFAULTS))}>
            Reset to defaults
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy || problem !== null}>
            Save settings
          </button>
        </div>
        {problem && <p className="dialog-hint">Fix or delete settings.json to change the settings here.</p>}
      </form>
    </Dialog>
  );
}
