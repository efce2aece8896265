// Both languages hold the same keys, every message parses as ICU, and both ask for the same values.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n';

function argumentNames(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentNames(option.value, into);
    }
    if (element.type === TYPE.tag) argumentNames(element.children, into);
  }
  return into;
}

describe('message catalogs', () => {
  const english = Object.keys(CATALOGS.en).sort();
  const swedish = Object.keys(CATALOGS.sv).sort();

  it('have no key in one language only', () => {
    expect(english.filter((key) => !(key in CATALOGS.sv))).toEqual([]);
    expect(swedish.filter((key) => !(key in CATALOGS.en))).toEqual([]);
  });

  it('hold messages that parse and ask for the same values in both languages', () => {
    for (const key of english) {
      const en = [...argumentNames(parse(CATALOGS.en[key] ?? ''))].sort();
      const sv = [...argumentNames(parse(CATALOGS.sv[key] ?? ''))].sort();
      expect({ key, values: sv }).toEqual({ key, values: en });
    }
  });

  it('leave no Swedish message empty', () => {
    expect(swedish.filter((key) => (CATALOGS.sv[key] ?? '').trim() === '')).toEqual([]);
  });
});
