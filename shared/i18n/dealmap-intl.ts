// The one formatter of words, dates, numbers and money for a language: FormatJS with ICU messages.
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { CATALOGS } from './catalogs';
import { INTL_LOCALES, type Language } from './languages';
import { joinedMessage, type JoinedMessage } from './joined-message';
import { isListValue, isMessageRef, type MessageRef, type MessageValue, type RenderedMessage } from './message-ref';

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
  // No prototype: a value name is looked up as data, never as an inherited property.
  const values: Record<string, string | number> = Object.create(null) as Record<string, string | number>;
  const given = ref.values;
  if (given !== undefined && given !== null) for (const name of Object.keys(given)) values[name] = renderValue(intl, given[name] as MessageValue);
  const compiled = compiledMessage(intl, ref.id);
  if (compiled === null) {
    const text = intl.formatMessage({ id: ref.id }, values);
    return endsOnValue(intl.messages[ref.id]) ? withoutDoubledStop(text) : text;
  }
  let text: string;
  try {
    // The values as they are (no prototype): a name they lack is an error here, and formatMessage's own path answers as before.
    text = compiled.joined === null ? (compiled.format.format(values) as string) : compiled.joined(values);
  } catch {
    // A value the message cannot take: formatMessage reports it (onError) exactly as before.
    text = intl.formatMessage({ id: ref.id }, values);
  }
  return compiled.endsOnValue ? withoutDoubledStop(text) : text;
}

interface CompiledMessage {
  readonly format: ReturnType<DealmapIntl['formatters']['getMessageFormat']>;
  readonly endsOnValue: boolean;
  /** Its text joined from its elements (joined-message.ts): format's answer without building its parts; null where that cannot be. */
  readonly joined: JoinedMessage | null;
}

/**
 * Each formatter's messages as FormatJS compiled them, by id. formatMessage finds a compiled message
 * by JSON.stringify of its text and every format on each call, which was most of a report's time
 * spent rendering; this asks it once per id, with formatMessage's own arguments, and formats alike.
 */
const compiledMessages = new WeakMap<DealmapIntl, Map<string, CompiledMessage>>();
/** The last formatter's messages: a report renders thousands of messages with one formatter, each looked up here first. */
let last: { readonly intl: DealmapIntl; readonly byId: Map<string, CompiledMessage> } | null = null;

/** The compiled message; null for a missing or empty one, or under a time zone: formatMessage's own path takes those. */
function compiledMessage(intl: DealmapIntl, id: string): CompiledMessage | null {
  if (intl.timeZone !== undefined) return null;
  let byId = last?.intl === intl ? last.byId : compiledMessages.get(intl);
  if (byId === undefined) {
    byId = new Map();
    compiledMessages.set(intl, byId);
  }
  last = { intl, byId };
  const known = byId.get(id);
  if (known !== undefined) return known;
  const message = Object.hasOwn(intl.messages, id) ? intl.messages[id] : undefined;
  if (typeof message !== 'string' || message === '') return null;
  const format = intl.formatters.getMessageFormat(message, intl.locale, intl.formats, { formatters: intl.formatters });
  const compiled = { format, endsOnValue: endsOnValue(message), joined: joinedMessage(format.getAst(), intl.locale, intl.formatters) };
  byId.set(id, compiled);
  return compiled;
}

/** The key and values with the text beside them, for `report --json` and other language-neutral output. */
export function renderedMessage(intl: DealmapIntl, ref: MessageRef): RenderedMessage {
  return { id: ref.id, values: ref.values ?? {}, text: renderMessage(intl, ref) };
}

function renderValue(intl: DealmapIntl, value: MessageValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isMessageRef(value)) return renderMessage(intl, value);
  const [items, type] = isListValue(value) ? [value.items, value.join === 'or' ? 'disjunction' : 'conjunction'] as const : [value, 'conjunction'] as const;
  return listFormat(intl.language, type).format(items.map((item) => (typeof item === 'string' ? item : renderMessage(intl, item))));
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * The platform's list format, not FormatJS's formatList: that one keys its parts by the items'
 * text, so a stakeholder named "__proto__" came out as an empty object.
 */
function listFormat(language: Language, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const key = `${language}:${type}`;
  let format = listFormats.get(key);
  if (format === undefined) {
    format = new Intl.ListFormat(INTL_LOCALES[language], { type });
    listFormats.set(key, format);
  }
  return format;
}

/** A message whose full stop follows a value: "…with {name}." or "…yet: "{summary}".". */
function endsOnValue(message: unknown): boolean {
  return typeof message === 'string' && /\}["'”’]?\.$/.test(message);
}

/** A value that already ends its sentence ("Sakura Retail K.K.") keeps one stop: never "K.K..". */
function withoutDoubledStop(text: string): string {
  // What /[.!?…]["'”’]?\.$/ matches, read from the end: a regular expression tried it at every position.
  const end = text.length - 1;
  if (end < 1 || text.charCodeAt(end) !== FULL_STOP) return text;
  const before = text[end - 1] as string;
  const doubled = SENTENCE_ENDS.includes(before) || (QUOTES.includes(before) && end >= 2 && SENTENCE_ENDS.includes(text[end - 2] as string));
  return doubled ? text.slice(0, -1) : text;
}

const FULL_STOP = 0x2e;
const SENTENCE_ENDS = '.!?…';
const QUOTES = `"'”’`;
