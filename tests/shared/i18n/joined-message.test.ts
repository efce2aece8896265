// joinedMessage answers what IntlMessageFormat's format answers, for every message of both catalogs and many values.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS, dealmapIntl, LANGUAGES } from '../../../shared/i18n';
import { joinedMessage } from '../../../shared/i18n/joined-message';

type Values = Record<string, string | number>;

/** Each value name of a message with the values worth trying for it: a select's keys, a plural's counts, plain text and numbers. */
function valueChoices(elements: readonly MessageFormatElement[], choices = new Map<string, (string | number)[]>()): Map<string, (string | number)[]> {
  for (const element of elements) {
    const { type } = element as { readonly type: number };
    if (type === 0 || type === 7) continue;
    const { value: name, options } = element as unknown as { readonly value: string; readonly options?: Record<string, { readonly value: MessageFormatElement[] }> };
    const seen = choices.get(name) ?? [];
    if (type === 5) seen.push(...Object.keys(options ?? {}), 'no-such-choice', 3);
    else if (type === 6) seen.push(0, 1, 2, 3, 5, 11, 21, 1.5, -1);
    else seen.push('Åsa Berg', '', 'K.K.', 0, 1234.5, '{x}');
    choices.set(name, seen);
    for (const option of Object.values(options ?? {})) valueChoices(option.value, choices);
  }
  return choices;
}

/** Whether a message has an element joinedMessage leaves to format: a date, time, tag or named number style. */
function leftToFormat(elements: readonly MessageFormatElement[]): boolean {
  return elements.some((element) => {
    const { type, style, options, children } = element as unknown as { type: number; style?: unknown; options?: Record<string, { value: MessageFormatElement[] }>; children?: MessageFormatElement[] };
    if (type === 3 || type === 4 || type === 8 || (type === 2 && typeof style === 'string')) return true;
    return Object.values(options ?? {}).some((option) => leftToFormat(option.value)) || leftToFormat(children ?? []);
  });
}

function answer(run: () => unknown): unknown {
  try {
    return run();
  } catch {
    return 'threw';
  }
}

describe('joinedMessage', () => {
  it.each(LANGUAGES)('joins every %s message as format does, with every value tried and with one missing', (language) => {
    const intl = dealmapIntl(language);
    let joinedCount = 0;
    let tries = 0;
    for (const [id, message] of Object.entries(CATALOGS[language])) {
      if (typeof message !== 'string' || message === '') continue;
      const format = intl.formatters.getMessageFormat(message, intl.locale, intl.formats, { formatters: intl.formatters });
      const joined = joinedMessage(format.getAst(), intl.locale, intl.formatters);
      expect(joined === null, id).toBe(leftToFormat(format.getAst()));
      if (joined === null) continue;
      joinedCount += 1;
      const choices = [...valueChoices(format.getAst())];
      const rounds = Math.max(1, ...choices.map(([, values]) => values.length));
      for (let round = 0; round < rounds; round += 1) {
        const values = Object.create(null) as Values;
        choices.forEach(([name, options], at) => (values[name] = options[(round + at) % options.length] as string | number));
        expect(answer(() => joined(values)), `${id} ${JSON.stringify(values)}`).toEqual(answer(() => format.format(values)));
        tries += 1;
        const [first] = choices;
        if (first === undefined) continue;
        const lacking = Object.assign(Object.create(null) as Values, Object.fromEntries(Object.entries(values).filter(([name]) => name !== first[0])));
        expect(answer(() => joined(lacking)), `${id} without ${first[0]}`).toEqual(answer(() => format.format(lacking)));
      }
    }
    // All but a few app messages with tags are joined, so nearly every one is tried.
    expect(joinedCount).toBeGreaterThan(Object.keys(CATALOGS[language]).length - 10);
    expect(tries).toBeGreaterThan(1_000);
  });
});
