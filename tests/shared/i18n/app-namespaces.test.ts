// The app's namespaces are in the catalogs the parity test reads, each in both languages.
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n';
import { APP_NAMESPACES } from '../../../shared/i18n/app-catalogs';

describe('the app namespaces', () => {
  it('each hold messages in English and Swedish, so the parity test covers them', () => {
    for (const namespace of APP_NAMESPACES) {
      const english = Object.keys(CATALOGS.en).filter((key) => key.startsWith(`${namespace}.`));
      const swedish = Object.keys(CATALOGS.sv).filter((key) => key.startsWith(`${namespace}.`));
      expect({ namespace, hasEnglish: english.length > 0 }).toEqual({ namespace, hasEnglish: true });
      expect({ namespace, swedish: swedish.sort() }).toEqual({ namespace, swedish: english.sort() });
    }
  });

  it('say things differently in Swedish, not the English copied over', () => {
    const copied = Object.keys(CATALOGS.en).filter((key) => APP_NAMESPACES.some((namespace) => key.startsWith(`${namespace}.`)) && CATALOGS.en[key] === CATALOGS.sv[key]);
    // Names, codes and symbols read the same in both languages; whole sentences never do.
    expect(copied.filter((key) => (CATALOGS.en[key] ?? '').split(' ').length > 3)).toEqual([]);
  });
});
