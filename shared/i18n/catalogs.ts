// Every message of Dealmap per language: one flat record of ICU messages, built from namespace files.
import type { Language } from './languages';
import enCommon from './catalogs/en/common';
import svCommon from './catalogs/sv/common';
import enVocabulary from './catalogs/en/vocabulary';
import svVocabulary from './catalogs/sv/vocabulary';
import enEngine from './catalogs/en/engine';
import svEngine from './catalogs/sv/engine';
import enMap from './catalogs/en/map';
import svMap from './catalogs/sv/map';
import { EN_APP_MESSAGES, SV_APP_MESSAGES } from './app-catalogs';

/** Add a namespace here in both languages; tests/shared/i18n checks they hold the same keys. */
export const CATALOGS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: { ...enCommon, ...enVocabulary, ...enEngine, ...enMap, ...EN_APP_MESSAGES },
  sv: { ...svCommon, ...svVocabulary, ...svEngine, ...svMap, ...SV_APP_MESSAGES },
};
