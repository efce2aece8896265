// A value that ends its sentence keeps one stop: renderMessage drops the message's own stop exactly where the rule's regular expression says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGS, dealmapIntl, renderMessage } from '../../../shared/i18n';

/** The rule as a regular expression: a sentence end, perhaps a closing quote, then the message's stop. */
const DOUBLED = /[.!?…]["'”’]?\.$/;

// Messages with one value whose stop follows it (quoted or not): "…saves {account}." and "…yet: "{summary}".".
const ending = Object.entries(CATALOGS.en).filter(([, message]) => /^[^{}]*\{\w+\}["'”’]?\.$/.test(message));

const tail = fc.constantFrom('.', '!', '?', '…', '"', "'", '”', '’', 'a', ' ', '..', 'K.K.', '."', '!’');

describe('a doubled stop', () => {
  it('is dropped where the regular expression matches and nowhere else', () => {
    expect(ending.length).toBeGreaterThan(3);
    const intl = dealmapIntl('en');
    fc.assert(
      fc.property(fc.constantFrom(...ending), fc.array(tail, { maxLength: 5 }), ([id, message], parts) => {
        const name = (/\{(\w+)\}/.exec(message) as RegExpExecArray)[1] as string;
        const value = parts.join('');
        const plain = intl.formatMessage({ id }, { [name]: value });
        expect(renderMessage(intl, { id, values: { [name]: value } })).toBe(DOUBLED.test(plain) ? plain.slice(0, -1) : plain);
      }),
      { numRuns: 3_000 },
    );
  });
});
