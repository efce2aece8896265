// Every message of Dealmap per language: one flat record of ICU messages, built from namespace files.
import type { Language } from './languages';
import { EN_MESSAGES } from './catalog-en';
import { SV_MESSAGES } from './catalog-sv';
import { EN_CLI_MESSAGES, SV_CLI_MESSAGES } from './cli-catalogs';

/** Add a namespace to catalog-en.ts and catalog-sv.ts (cli-catalogs.ts for the command line's); tests/shared/i18n checks they hold the same keys. */
export const CATALOGS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: { ...EN_MESSAGES, ...EN_CLI_MESSAGES },
  sv: { ...SV_MESSAGES, ...SV_CLI_MESSAGES },
};
