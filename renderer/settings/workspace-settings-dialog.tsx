// The "Workspace settings" dialog: default lens, thresholds, action weights and the reporting currency, validated inline and saved to settings.json.
import { useId, useState, type FormEvent } from 'react';
import { LENS_IDS } from '../../shared/model/vocabulary';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../shared/settings/workspace-settings';
import { errorMessage } from '../api/dealmap-client';
import { Dialog } from '../components/dialog';
import { isSettingsConflict } from '../state/settings-actions';
import { useAppState, useAppStore } from '../state/store-context';
import { draftOf, readDraft, rebaseDraft, type SettingsDraft, type SettingsErrors } from './settings-draft';
import { SettingsNumberField } from './settings-number-field';
import { SettingsSaveFailure } from './settings-save-failure';
import { ReportingCurrencyFields } from './reporting-currency-fields';
import { useRenderMessage, useRichT, useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';

const DEFAULTS = DEFAULT_WORKSPACE_SETTINGS;

export function WorkspaceSettingsDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const t = useT();
  const richT = useRichT();
  const vocabulary = useVocabulary();
  const render = useRenderMessage();
  const problem = useAppState((s) => s.settingsProblem);
  /** The settings the draft started from: the save's base, and what tells a typed field from an untouched one on reload. */
  const [opened, setOpened] = useState(() => store.getState().settings);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(opened));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [failure, setFailure] = useState<{ readonly message: string; readonly conflict: boolean } | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const [busy, setBusy] = useState(false);
  // Rendered here, so a problem reads in the language chosen now, even one found before a switch.
  const shown = Object.fromEntries(Object.entries(errors).map(([field, refs]) => [field, refs.map(render).join(' ')])) as Partial<Record<keyof SettingsDraft, string>>;
  const lensId = useId();
  const lensHintId = useId();

  /** Each change is checked at once, so a wrong value is named while the user is still on it. */
  function change(patch: Partial<SettingsDraft>) {
    const next = { ...draft, ...patch };
    setDraft(next);
    const reading = readDraft(next, opened);
    setErrors(reading.ok ? {} : reading.errors);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reading = readDraft(draft, opened);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setBusy(true);
    try {
      await store.saveSettings(reading.settings, opened);
      onClose();
    } catch (error) {
      setFailure({ message: errorMessage(error), conflict: isSettingsConflict(error) });
      setReloaded(false);
      setBusy(false);
    }
  }

  /** After a conflict: the file's settings come in under what was typed, so a second save keeps both. */
  async function reload() {
    setBusy(true);
    await store.loadSettings();
    const state = store.getState();
    if (state.settingsProblem === null) {
      const next = rebaseDraft(draft, opened, state.settings);
      setDraft(next);
      setOpened(state.settings);
      const reading = readDraft(next, state.settings);
      setErrors(reading.ok ? {} : reading.errors);
      setReloaded(true);
    }
    setFailure(null);
    setBusy(false);
  }

  return (
    <Dialog
      title={t('settings.title')}
      onClose={onClose}
      description={<p>{t('settings.description')}</p>}
    >
      <form className="dialog-form settings-form" noValidate onSubmit={(event) => void submit(event)}>
        {problem && (
          <div className="form-error settings-problem-note" role="alert">
            {richT('settings.unreadable', { problem, strong: (chunks) => <strong>{chunks}</strong> })}
          </div>
        )}
        <div className="field settings-field">
          <label htmlFor={lensId}>{t('settings.default-lens')}</label>
          <select
            id={lensId}
            aria-describedby={lensHintId}
            value={draft.defaultLens}
            onChange={(event) => change({ defaultLens: LENS_IDS.find((lens) => lens === event.target.value) ?? draft.defaultLens })}
          >
            {LENS_IDS.map((lens) => (
              <option key={lens} value={lens}>
                {vocabulary.lens[lens]}
              </option>
            ))}
          </select>
          <span id={lensHintId} className="settings-hint">
            {t('settings.default-lens-hint', { lens: vocabulary.lens[DEFAULTS.defaultLens] })}
          </span>
        </div>
        <SettingsNumberField
          label={t('settings.stale')}
          value={draft.staleContactDays}
          min="1"
          max="3650"
          error={shown.staleContactDays}
          hint={t('settings.stale-hint', { value: DEFAULTS.staleContactDays })}
          onChange={(staleContactDays) => change({ staleContactDays })}
        />
        <SettingsNumberField
          label={t('settings.single')}
          value={draft.singleThreadMinEngaged}
          min="1"
          max="100"
          error={shown.singleThreadMinEngaged}
          hint={t('settings.single-hint', { value: DEFAULTS.singleThreadMinEngaged })}
          onChange={(singleThreadMinEngaged) => change({ singleThreadMinEngaged })}
        />
        <fieldset className="settings-weights">
          <legend>{t('settings.weights')}</legend>
          <SettingsNumberField
            label={t('settings.blocker-weight')}
            value={draft.blockerWeight}
            step="any"
            error={shown.blockerWeight}
            hint={t('settings.blocker-weight-hint', { value: DEFAULTS.actionWeights.blocker })}
            onChange={(blockerWeight) => change({ blockerWeight })}
          />
          <SettingsNumberField
            label={t('settings.score-weight')}
            value={draft.scoreWeight}
            step="any"
            error={shown.scoreWeight}
            hint={t('settings.score-weight-hint', { value: DEFAULTS.actionWeights.score })}
            onChange={(scoreWeight) => change({ scoreWeight })}
          />
        </fieldset>
        <ReportingCurrencyFields draft={draft} errors={shown} onChange={change} />
        {failure && <SettingsSaveFailure {...failure} busy={busy} onReload={() => void reload()} />}
        {reloaded && (
          <p className="dialog-hint" role="status">
            {t('settings.reloaded')}
          </p>
        )}
        <div className="dialog-buttons settings-buttons">
          <button type="button" className="button settings-reset" onClick={() => change(draftOf(DEFAULTS))}>
            {t('settings.reset')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('settings.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || problem !== null}>
            {t('settings.save')}
          </button>
        </div>
        {problem && <p className="dialog-hint">{t('settings.fix-file')}</p>}
      </form>
    </Dialog>
  );
}
