// The page's catalogs: every message but the command line's, English at once, Swedish only once fetched.
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../shared/i18n/catalogs';
import { CLI_NAMESPACES } from '../../shared/i18n/cli-catalogs';
import { CATALOGS as PAGE_CATALOGS, isLanguageLoaded, loadLanguage } from '../../renderer/i18n/page-catalogs';

const isCliKey = (key: string) => CLI_NAMESPACES.some((namespace) => key.startsWith(`${namespace}.`));

/** The messages the page may show: every catalog's but the command line's. */
function withoutCli(messages: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(messages).filter(([key]) => !isCliKey(key)).sort(([a], [b]) => a.localeCompare(b));
}

describe('the page catalogs', () => {
  it('hold every English message but the command line’s, without loading anything', () => {
    expect(isLanguageLoaded('en')).toBe(true);
    expect(Object.keys(PAGE_CATALOGS.en).filter(isCliKey)).toEqual([]);
    expect(Object.entries(PAGE_CATALOGS.en).sort(([a], [b]) => a.localeCompare(b))).toEqual(withoutCli(CATALOGS.en));
    expect(Object.keys(CATALOGS.en).filter(isCliKey).length).toBeGreaterThan(100);
  });

  it('give Swedish only once it is loaded, then every Swedish message but the command line’s', async () => {
    expect(isLanguageLoaded('sv')).toBe(false);
    expect(() => PAGE_CATALOGS.sv).toThrow(/not loaded/);
    await loadLanguage('sv');
    expect(isLanguageLoaded('sv')).toBe(true);
    expect(Object.entries(PAGE_CATALOGS.sv).sort(([a], [b]) => a.localeCompare(b))).toEqual(withoutCli(CATALOGS.sv));
  });
});
