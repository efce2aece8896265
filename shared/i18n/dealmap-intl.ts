// The one formatter of words, dates, numbers and money for a language: FormatJS with ICU messages.
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { CATALOGS } from './catalogs';
import { INTL_LOCALES, type Language } from './languages';
import { isMessageRef, type MessageRef, type MessageValue } from './message-ref';

export type DealmapIntl = IntlShape<string> & { readonly language: Language };

const cache = createIntlCache();
const made = new Map<Language, DealmapIntl>();

/** One formatter per language, made once: FormatJS caches parsed messages inside it. */
export function dealmapIntl(language: Language): DealmapIntl {
  const existing = made.get(language);
  if (existing !== undefined) return existing;
  const intl = createIntl(
    {
      locale: INTL_LOCALES[language],
      defaultLocale: INTL_LOCALES.en,
      messages: { ...CATALOGS[language] },
      onError: (error) => {
        throw error;
      },
    },
    cache,
  );
  const withLanguage = Object.assign(intl, { language });
  made.set(language, withLanguage);
  return withLanguage;
}

/** Renders a message reference, nested messages first, lists joined as the locale joins them. */
export function renderMessage(intl: DealmapIntl, ref: MessageRef): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(ref.values ?? {})) values[name] = renderValue(intl, value);
  return intl.formatMessage({ id: ref.id }, values);
}

function renderValue(intl: DealmapIntl, value: MessageValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isMessageRef(value)) return renderMessage(intl, value);
  return intl.formatList(value, { type: 'conjunction' });
}
