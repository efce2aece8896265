// A compiled message's text joined straight from its parsed elements: what IntlMessageFormat's format answers, without its parts.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { IntlShape } from '@formatjs/intl';

/** The formatters a message is compiled with (FormatJS's memoized ones): plural rules and number formats. */
export type JoinFormatters = Pick<IntlShape['formatters'], 'getNumberFormat' | 'getPluralRules'>;

/** The message's text for `values` (null prototype, as renderMessage makes them); throws where format would throw. */
export type JoinedMessage = (values: Readonly<Record<string, string | number>>) => string;

// The parser's element types (its TYPE enum), read as numbers: the parser is a build-time dependency only.
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER = 2;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;

type Part = (values: Readonly<Record<string, string | number>>, pluralValue: number | undefined) => string;

class MissingValue extends Error {}

function valueOf(values: Readonly<Record<string, string | number>>, name: string): string | number {
  if (!(name in values)) throw new MissingValue(name);
  return values[name] as string | number;
}

/** One element as a function of the values; null for a kind not joined here (dates, times, tags, named number styles). */
function partOf(element: MessageFormatElement, locale: string, formatters: JoinFormatters): Part | null {
  const type = element.type as number;
  if (type === LITERAL) {
    const text = (element as { readonly value: string }).value;
    return () => text;
  }
  if (type === POUND) {
    const numbers = formatters.getNumberFormat(locale);
    return (_, pluralValue) => (typeof pluralValue === 'number' ? numbers.format(pluralValue) : '');
  }
  if (type === ARGUMENT) {
    const name = (element as { readonly value: string }).value;
    return (values) => {
      const value = valueOf(values, name);
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    };
  }
  if (type === NUMBER) {
    const { value: name, style } = element as unknown as { readonly value: string; readonly style?: unknown };
    // A named style reads the message's formats, which format merges: left to format.
    if (typeof style === 'string') return null;
    const skeleton = typeof style === 'object' && style !== null && (style as { readonly type?: number }).type === 0;
    const options = skeleton ? (style as { readonly parsedOptions: Intl.NumberFormatOptions & { readonly scale?: number } }).parsedOptions : undefined;
    const numbers = formatters.getNumberFormat(locale, options);
    const scale = options?.scale;
    return (values) => {
      const value = valueOf(values, name);
      return numbers.format((scale ? (value as number) * scale : value) as number);
    };
  }
  if (type === SELECT) {
    const { value: name, options } = element as unknown as { readonly value: string; readonly options: Readonly<Record<string, { readonly value: MessageFormatElement[] }>> };
    const joined = new Map<string, Part | null>();
    for (const [key, chosen] of Object.entries(options)) joined.set(key, joinElements(chosen.value, locale, formatters));
    if ([...joined.values()].includes(null)) return null;
    return (values) => {
      const key = String(valueOf(values, name));
      const chosen = Object.hasOwn(options, key) ? key : 'other';
      if (!Object.hasOwn(options, chosen)) throw new MissingValue(name);
      // A select's branch is formatted without the plural value around it, as formatToParts does.
      return (joined.get(chosen) as Part)(values, undefined);
    };
  }
  if (type === PLURAL) {
    const { value: name, options, offset, pluralType } = element as unknown as {
      readonly value: string;
      readonly options: Readonly<Record<string, { readonly value: MessageFormatElement[] }>>;
      readonly offset: number;
      readonly pluralType: Intl.PluralRulesOptions['type'];
    };
    const joined = new Map<string, Part | null>();
    for (const [key, chosen] of Object.entries(options)) joined.set(key, joinElements(chosen.value, locale, formatters));
    if ([...joined.values()].includes(null)) return null;
    const rules = formatters.getPluralRules(locale, { type: pluralType });
    return (values) => {
      const value = valueOf(values, name);
      if (typeof value !== 'number') throw new MissingValue(name);
      const exact = `=${value}`;
      const key = Object.hasOwn(options, exact) ? exact : rules.select(value - (offset || 0));
      const chosen = Object.hasOwn(options, key) ? key : 'other';
      if (!Object.hasOwn(options, chosen)) throw new MissingValue(name);
      return (joined.get(chosen) as Part)(values, value - (offset || 0));
    };
  }
  return null;
}

function joinElements(elements: readonly MessageFormatElement[], locale: string, formatters: JoinFormatters): Part | null {
  const parts: Part[] = [];
  for (const element of elements) {
    const part = partOf(element, locale, formatters);
    if (part === null) return null;
    parts.push(part);
  }
  return (values, pluralValue) => {
    let text = '';
    for (const part of parts) text += part(values, pluralValue);
    return text;
  };
}

/**
 * The message of `elements` as one function joining its text, for messages made only of text,
 * plain values, numbers, selects and plurals (every one a report renders); null for any other.
 */
export function joinedMessage(elements: readonly MessageFormatElement[], locale: string, formatters: JoinFormatters): JoinedMessage | null {
  const joined = joinElements(elements, locale, formatters);
  return joined === null ? null : (values) => joined(values, undefined);
}
