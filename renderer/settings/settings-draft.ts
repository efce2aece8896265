// The settings dialog's form: what is typed, read back into validated settings with an error per field.
import {
  validateWorkspaceSettings,
  type WorkspaceSettings,
} from '../../shared/settings/workspace-settings';
import type { LensId } from '../../shared/model/vocabulary';
import type { MessageRef } from '../../shared/i18n/message-ref';
import { ratesText, readRatesText } from '../../shared/settings/read-rates-csv';
import { settingsIssueRef } from '../../shared/settings/settings-issue-ref';

/** Numbers stay text while typed, so "1." or an emptied field is shown as typed, not rewritten. */
export interface SettingsDraft {
  readonly defaultLens: LensId;
  readonly staleContactDays: string;
  readonly singleThreadMinEngaged: string;
  readonly blockerWeight: string;
  readonly scoreWeight: string;
  /** Empty: no reporting currency, amounts stay per currency. */
  readonly reportingCurrency: string;
  readonly ratesDate: string;
  /** One `SEK 0.087` per line: one unit of the currency in the reporting currency. */
  readonly rates: string;
}

export type SettingsField = keyof SettingsDraft;
/** What is wrong with each field, as messages the dialog renders in the chosen language. */
export type SettingsErrors = Partial<Record<SettingsField, readonly MessageRef[]>>;

export function draftOf(settings: WorkspaceSettings): SettingsDraft {
  return {
    defaultLens: settings.defaultLens,
    staleContactDays: String(settings.staleContactDays),
    singleThreadMinEngaged: String(settings.singleThreadMinEngaged),
    blockerWeight: String(settings.actionWeights.blocker),
    scoreWeight: String(settings.actionWeights.score),
    reportingCurrency: settings.reportingCurrency ?? '',
    ratesDate: settings.exchangeRates?.date ?? '',
    rates: ratesText(settings.exchangeRates?.rates ?? {}),
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
    reportingCurrency: typed('reportingCurrency') ? draft.reportingCurrency : after.reportingCurrency,
    ratesDate: typed('ratesDate') ? draft.ratesDate : after.ratesDate,
    rates: typed('rates') ? draft.rates : after.rates,
  };
}

/** The schema's field paths, mapped to the form's fields. */
const FIELD_OF_PATH: Readonly<Record<string, SettingsField>> = {
  defaultLens: 'defaultLens',
  staleContactDays: 'staleContactDays',
  singleThreadMinEngaged: 'singleThreadMinEngaged',
  'actionWeights.blocker': 'blockerWeight',
  'actionWeights.score': 'scoreWeight',
  reportingCurrency: 'reportingCurrency',
  'exchangeRates.date': 'ratesDate',
  exchangeRates: 'ratesDate',
};

/** A typed number, or NaN for an empty field (the schema then names the field's rule). */
function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export type DraftReading =
  | { readonly ok: true; readonly settings: WorkspaceSettings }
  | { readonly ok: false; readonly errors: SettingsErrors };

/** Validates the draft over `base`, whose fields the dialog does not show (unknown ones too) are kept. */
export function readDraft(draft: SettingsDraft, base: WorkspaceSettings): DraftReading {
  // The currency fields are the draft's to give: cleared in the form, gone from the file.
  const kept: WorkspaceSettings = { ...base };
  delete kept.reportingCurrency;
  delete kept.exchangeRates;
  const typedRates = readRatesText(draft.rates);
  const currency = draft.reportingCurrency.trim().toUpperCase();
  const ratesGiven = draft.ratesDate.trim() !== '' || Object.keys(typedRates.rates).length > 0;
  const candidate = {
    ...kept,
    ...(currency === '' ? {} : { reportingCurrency: currency }),
    ...(ratesGiven ? { exchangeRates: { date: draft.ratesDate.trim(), rates: typedRates.rates } } : {}),
    defaultLens: draft.defaultLens,
    staleContactDays: numberOf(draft.staleContactDays),
    singleThreadMinEngaged: numberOf(draft.singleThreadMinEngaged),
    actionWeights: { ...base.actionWeights, blocker: numberOf(draft.blockerWeight), score: numberOf(draft.scoreWeight) },
  };
  const result = validateWorkspaceSettings(candidate);
  const errors: SettingsErrors = {};
  if (typedRates.problems.length > 0) errors.rates = typedRates.problems;
  if (result.ok && typedRates.problems.length === 0) return { ok: true, settings: result.settings };
  for (const issue of result.ok ? [] : result.issues) {
    const field = issue.path.startsWith('exchangeRates.rates') ? 'rates' : FIELD_OF_PATH[issue.path];
    if (field && errors[field] === undefined) errors[field] = [settingsIssueRef(issue)];
  }
  return { ok: false, errors };
}
