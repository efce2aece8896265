// The page's catalogs, put in place of shared/i18n/catalogs.ts by vite.config.ts: English in the first download, Swedish fetched when first chosen, the command line's text never.
import { EN_MESSAGES } from '../../shared/i18n/catalog-en';
import type { Language } from '../../shared/i18n/languages';

type Messages = Readonly<Record<string, string>>;

const loaded = new Map<Language, Messages>([['en', EN_MESSAGES]]);

function messagesOf(language: Language): Messages {
  const messages = loaded.get(language);
  if (messages === undefined) throw new Error(`The ${language} messages are not loaded yet: await loadLanguage('${language}') first.`);
  return messages;
}

/** What shared/i18n/dealmap-intl.ts reads; a language is there once loadLanguage has fetched it. */
export const CATALOGS: Readonly<Record<Language, Messages>> = {
  get en() {
    return messagesOf('en');
  },
  get sv() {
    return messagesOf('sv');
  },
};

/** Whether the page can render `language` now, without waiting. */
export function isLanguageLoaded(language: Language): boolean {
  return loaded.has(language);
}

const fetchers: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Messages>>> = {
  sv: async () => (await import('../../shared/i18n/catalog-sv')).SV_MESSAGES,
};

/** Fetches a language's messages (a chunk of their own) the first time it is chosen. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || loaded.has(language)) return;
  loaded.set(language, await fetchers[language]());
}
