// Both languages hold the same keys, every message parses as ICU, and both ask for the same values.
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n';
import { messageArguments } from './message-arguments';

describe('message catalogs', () => {
  const english = Object.keys(CATALOGS.en).sort();
  const swedish = Object.keys(CATALOGS.sv).sort();

  it('have no key in one language only', () => {
    expect(english.filter((key) => !(key in CATALOGS.sv))).toEqual([]);
    expect(swedish.filter((key) => !(key in CATALOGS.en))).toEqual([]);
  });

  it('hold messages that parse and ask for the same values in both languages', () => {
    for (const key of english) {
      const en = messageArguments(CATALOGS.en[key] ?? '');
      const sv = messageArguments(CATALOGS.sv[key] ?? '');
      expect({ key, values: sv }).toEqual({ key, values: en });
    }
  });

  it('leave no Swedish message empty', () => {
    expect(swedish.filter((key) => (CATALOGS.sv[key] ?? '').trim() === '')).toEqual([]);
  });
});
