// The languages Dealmap speaks, the Intl locale each one formats dates, numbers and money with.
export const LANGUAGES = ['en', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/** English formats day-first like the Nordic teams who use it; Swedish dates read as ISO. */
export const INTL_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', sv: 'sv-SE' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first candidate that names a language Dealmap speaks ("sv", "sv_SE.UTF-8", "en-US"), else
 * English: candidates come from a flag, a preference and the system, in that order.
 */
export function pickLanguage(candidates: readonly (string | undefined | null)[]): Language {
  for (const candidate of candidates) {
    const prefix = candidate?.trim().toLowerCase().slice(0, 2);
    if (isLanguage(prefix)) return prefix;
  }
  return 'en';
}
