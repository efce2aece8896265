// jsonTextTooDeep, which skips strings with indexOf, answers as a character-by-character scan does on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDeals } from '../../../electron/services/generate';
import { jsonTextTooDeep } from '../../../shared/model/json-limits';

/** The scan as it was: every character read, a backslash in a string skipping the next one. */
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
