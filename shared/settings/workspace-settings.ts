// The workspace settings file (`<workspace>/settings.json`): thresholds, default lens, weights, with defaults.
import { z } from 'zod';
import { contentFingerprint } from '../model/content-fingerprint';
import { toFieldIssues, type FieldIssue } from '../model/validation';
import { LENS_IDS } from '../model/vocabulary';
import { DEFAULT_SINGLE_THREAD_MIN_ENGAGED, DEFAULT_STALE_CONTACT_DAYS } from './engine-settings';
import { currencyCodeSchema, exchangeRatesSchema } from './exchange-rates-schema';

export { DEFAULT_ENGINE_SETTINGS, engineSettingsOf, type EngineSettings } from './engine-settings';

export const WORKSPACE_SETTINGS_VERSION = 1;

/** The settings file's name inside the workspace folder. */
export const WORKSPACE_SETTINGS_FILE = 'settings.json';

/** The whole numbers each threshold may take: the schema checks them, the settings dialog names them. */
export const SETTINGS_RANGES = {
  staleContactDays: { min: 1, max: 3650 },
  singleThreadMinEngaged: { min: 1, max: 100 },
} as const;

function integerFrom({ min, max }: { readonly min: number; readonly max: number }) {
  const error = `expected an integer from ${min} to ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

function weight() {
  const error = 'expected a number >= 0';
  return z.number({ error }).min(0, { error });
}

export const actionWeightsSchema = z
  .object({
    /** Points per blocker an action clears. */
    blocker: weight().default(10),
    /** Points per score point an action gains. */
    score: weight().default(1),
  })
  .loose();

/** Every field is optional in the file; an absent one takes its documented default. Unknown fields stay. */
export const workspaceSettingsSchema = z
  .object({
    schemaVersion: z
      .literal(WORKSPACE_SETTINGS_VERSION, { error: `expected ${WORKSPACE_SETTINGS_VERSION}` })
      .default(WORKSPACE_SETTINGS_VERSION),
    /** The lens a deal without its own `lens` is read through. */
    defaultLens: z.enum(LENS_IDS, { error: `expected one of ${LENS_IDS.join(', ')}` }).default('qualified-prospect'),
    /** A decision-maker last contacted more than this many days before the review date is stale. */
    staleContactDays: integerFrom(SETTINGS_RANGES.staleContactDays).default(DEFAULT_STALE_CONTACT_DAYS),
    /** A deal with fewer stakeholders than this at general-info interest or higher is single-threaded. */
    singleThreadMinEngaged: integerFrom(SETTINGS_RANGES.singleThreadMinEngaged).default(DEFAULT_SINGLE_THREAD_MIN_ENGAGED),
    actionWeights: actionWeightsSchema.default(() => ({ blocker: 10, score: 1 })),
    /** The currency totals, revenue at risk, the funnel and the forecast read in; absent: per currency only. */
    reportingCurrency: currencyCodeSchema.optional(),
    /** Dated rates into the reporting currency; a deal in a currency without a rate is named, never counted 1:1. */
    exchangeRates: exchangeRatesSchema.optional(),
  })
  .loose();

export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;
export type ActionWeights = z.infer<typeof actionWeightsSchema>;

/** The settings of a workspace without a settings file; a new object on every call. */
export function defaultWorkspaceSettings(): WorkspaceSettings {
  return workspaceSettingsSchema.parse({});
}

const defaults = defaultWorkspaceSettings();
/** The documented defaults, frozen; use defaultWorkspaceSettings() for a copy to change. */
export const DEFAULT_WORKSPACE_SETTINGS: Readonly<WorkspaceSettings> = Object.freeze({
  ...defaults,
  actionWeights: Object.freeze(defaults.actionWeights),
});

/**
 * What a save of the settings starts from: the fingerprint of the settings as read (defaults filled
 * in, unknown fields kept), so a missing file is the defaults' fingerprint. The host refuses a save
 * whose base no longer matches the file, rather than overwrite another writer's change.
 */
export function settingsFingerprint(settings: WorkspaceSettings): string {
  return contentFingerprint(settings);
}

export type WorkspaceSettingsValidation =
  | { readonly ok: true; readonly settings: WorkspaceSettings }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Validates an unknown value as a settings file; paths read like `actionWeights.blocker`. */
export function validateWorkspaceSettings(value: unknown): WorkspaceSettingsValidation {
  const result = workspaceSettingsSchema.safeParse(value);
  return result.success
    ? { ok: true, settings: result.data }
    : { ok: false, issues: toFieldIssues(result.error) };
}
