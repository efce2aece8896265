// jsonTextTooDeep (the scan of a large text) and parsedTooDeep (the walk of a parsed deal-sized one) answer as a character-by-character scan does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDeals } from '../../../electron/services/generate';
import { jsonTextTooDeep, MAX_JSON_DEPTH, parsedTooDeep } from '../../../shared/model/json-limits';

/** The plain scan: every character read, a backslash in a string skipping the next one. */
function scannedTooDeep(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      depth += 1;
      if (depth > max) return true;
    } else if (char === '}' || char === ']') {
      depth -= 1;
    }
  }
  return false;
}

// Strings full of brackets, quotes and backslashes, as keys and values, inside nested objects and arrays.
const tricky = fc.array(fc.constantFrom('{', '}', '[', ']', '"', '\\', 'a', ' ', '__proto__', 'constructor'), { maxLength: 6 }).map((parts) => parts.join(''));
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tricky,
    fc.integer(),
    fc.constant(null),
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(tricky, tie('json'), { maxKeys: 3 }),
  ),
}));

describe('parsedTooDeep', () => {
  it('answers as the scan of the text on any JSON, brackets in strings and keys such as __proto__ included', () => {
    fc.assert(
      fc.property(json, fc.integer({ min: 0, max: 6 }), (value, max) => {
        const text = JSON.stringify(value);
        expect(parsedTooDeep(JSON.parse(text), max)).toBe(scannedTooDeep(text, max));
      }),
      { numRuns: 3_000 },
    );
  });

  it('answers as the scan on real deal files at every depth limit up to theirs', () => {
    for (const deal of generateDeals({ deals: 40, seed: 3, asOf: '2026-12-01' })) {
      const text = JSON.stringify(deal, null, 2);
      for (let max = 0; max <= 8; max += 1) expect(parsedTooDeep(JSON.parse(text), max)).toBe(scannedTooDeep(text, max));
      expect(parsedTooDeep(JSON.parse(text))).toBe(false);
    }
  });

  it('finds 65 levels too deep and 64 within the limit, and walks 100,000 levels without overflowing the stack', () => {
    const nested = (levels: number) => JSON.parse(`{"notes":"[[[[\\"","x":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`);
    expect(parsedTooDeep(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(parsedTooDeep(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(parsedTooDeep(JSON.parse(`{"x":"${'['.repeat(100)}"}`))).toBe(false);
    expect(parsedTooDeep(nested(100_000))).toBe(true);
  });
});

// Brackets, quotes and backslashes crowded together: escaped quotes, runs of backslashes, unclosed strings.
const pieces = fc.constantFrom('{', '}', '[', ']', '"', '\\', '\\\\', '\\"', 'a', ' ', ':', ',', '"x"', '{"k":[', ']}');

describe('jsonTextTooDeep', () => {
  it('answers as the character-by-character scan on any text of brackets, quotes and backslashes', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), fc.integer({ min: 0, max: 6 }), (parts, max) => {
        const text = parts.join('');
        expect(jsonTextTooDeep(text, max)).toBe(scannedTooDeep(text, max));
      }),
      { numRuns: 5_000 },
    );
  });

  it('answers as the scan on real deal files at every depth limit up to theirs', () => {
    for (const deal of generateDeals({ deals: 40, seed: 3, asOf: '2026-12-01' })) {
      const text = JSON.stringify(deal, null, 2);
      for (let max = 0; max <= 8; max += 1) expect(jsonTextTooDeep(text, max)).toBe(scannedTooDeep(text, max));
      expect(jsonTextTooDeep(text)).toBe(false);
    }
    const deep = `{"notes":"[[[[\\"","x":${'['.repeat(65)}${']'.repeat(65)}}`;
    expect(jsonTextTooDeep(deep)).toBe(true);
    expect(jsonTextTooDeep(`{"x":"${'['.repeat(100)}"}`)).toBe(false);
  });
});
