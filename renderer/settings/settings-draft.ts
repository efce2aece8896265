// The settings dialog's form: what is typed, read back into validated settings with an error per field.
import {
  validateWorkspaceSettings,
  type WorkspaceSettings,
} from '../../shared/settings/workspace-settings';
import type { LensId } from '../../shared/model/vocabulary';

/** Numbers stay text while typed, so "1." or an emptied field is shown as typed, not rewritten. */
export interface SettingsDraft {
  readonly defaultLens: LensId;
  readonly staleContactDays: string;
  readonly singleThreadMinEngaged: string;
  readonly blockerWeight: string;
  readonly scoreWeight: string;
}

export type SettingsField = keyof SettingsDraft;
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export function draftOf(settings: WorkspaceSettings): SettingsDraft {
  return {
    defaultLens: settings.defaultLens,
    staleContactDays: String(settings.staleContactDays),
    singleThreadMinEngaged: String(settings.singleThreadMinEngaged),
    blockerWeight: String(settings.actionWeights.blocker),
    scoreWeight: String(settings.actionWeights.score),
  };
}

/**
 * The draft over settings reloaded after a conflict: a field typed since `from` keeps what was
 * typed, every other field shows `to`, so saving again does not undo the other writer's change.
 */
export function rebaseDraft(draft: SettingsDraft, from: WorkspaceSettings, to: WorkspaceSettings): SettingsDraft {
  const before = draftOf(from);
  const after = draftOf(to);
  const typed = (field: SettingsField) => draft[field] !== before[field];
  return {
    defaultLens: typed('defaultLens') ? draft.defaultLens : after.defaultLens,
    staleContactDays: typed('staleContactDays') ? draft.staleContactDays : after.staleContactDays,
    singleThreadMinEngaged: typed('singleThreadMinEngaged') ? draft.singleThreadMinEngaged : after.singleThreadMinEngaged,
    blockerWeight: typed('blockerWeight') ? draft.blockerWeight : after.blockerWeight,
    scoreWeight: typed('scoreWeight') ? draft.scoreWeight : after.scoreWeight,
  };
}

/** The schema's field paths, mapped to the form's fields. */
const FIELD_OF_PATH: Readonly<Record<string, SettingsField>> = {
  defaultLens: 'defaultLens',
  staleContactDays: 'staleContactDays',
  singleThreadMinEngaged: 'singleThreadMinEngaged',
  'actionWeights.blocker': 'blockerWeight',
  'actionWeights.score': 'scoreWeight',
};

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return text.endsWith('.') ? text : `${text}.`;
}

/** A typed number, or NaN for an empty field (the schema then names the field's rule). */
function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export type DraftReading =
  | { readonly ok: true; readonly settings: WorkspaceSettings }
  | { readonly ok: false; readonly errors: SettingsErrors };

/** Validates the draft over `base`, whose fields the dialog does not show (unknown ones too) are kept. */
export function readDraft(draft: SettingsDraft, base: WorkspaceSettings): DraftReading {
  const candidate = {
    ...base,
    defaultLens: draft.defaultLens,
    staleContactDays: numberOf(draft.staleContactDays),
    singleThreadMinEngaged: numberOf(draft.singleThreadMinEngaged),
    actionWeights: { ...base.actionWeights, blocker: numberOf(draft.blockerWeight), score: numberOf(draft.scoreWeight) },
  };
  const result = validateWorkspaceSettings(candidate);
  if (result.ok) return { ok: true, settings: result.settings };
  const errors: SettingsErrors = {};
  for (const issue of result.issues) {
    const field = FIELD_OF_PATH[issue.path];
    if (field && errors[field] === undefined) errors[field] = sentence(issue.message);
  }
  return { ok: false, errors };
}
