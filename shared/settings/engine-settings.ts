// The engine's thresholds and their defaults, free of zod so the engine stays a plain, fast module.

/** What the qualification engine reads of the workspace settings. */
export interface EngineSettings {
  /** A decision-maker last contacted more than this many days before the review date is stale. */
  readonly staleContactDays: number;
  /** A deal with fewer stakeholders than this at general-info interest or higher is single-threaded. */
  readonly singleThreadMinEngaged: number;
}

export const DEFAULT_STALE_CONTACT_DAYS = 30;
export const DEFAULT_SINGLE_THREAD_MIN_ENGAGED = 2;

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = Object.freeze({
  staleContactDays: DEFAULT_STALE_CONTACT_DAYS,
  singleThreadMinEngaged: DEFAULT_SINGLE_THREAD_MIN_ENGAGED,
});

function isComplete(settings: Partial<EngineSettings>): settings is EngineSettings {
  return settings.staleContactDays !== undefined && settings.singleThreadMinEngaged !== undefined;
}

/** The settings a qualification runs with: the given ones, each missing one at its default. */
export function engineSettingsOf(options: { readonly settings?: Partial<EngineSettings> | undefined }): EngineSettings {
  const { settings } = options;
  if (settings === undefined) return DEFAULT_ENGINE_SETTINGS;
  // The engine resolves settings per deal and per criterion; complete ones are used as they are.
  if (isComplete(settings)) return settings;
  return {
    staleContactDays: settings.staleContactDays ?? DEFAULT_STALE_CONTACT_DAYS,
    singleThreadMinEngaged: settings.singleThreadMinEngaged ?? DEFAULT_SINGLE_THREAD_MIN_ENGAGED,
  };
}
