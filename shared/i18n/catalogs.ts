// Every message of Dealmap per language: one flat record of ICU messages, built from namespace files.
import type { Language } from './languages';
import enCommon from './catalogs/en/common';
import svCommon from './catalogs/sv/common';
import enVocabulary from './catalogs/en/vocabulary';
import svVocabulary from './catalogs/sv/vocabulary';
import enEngine from './catalogs/en/engine';
import svEngine from './catalogs/sv/engine';
import enLenses from './catalogs/en/lenses';
import svLenses from './catalogs/sv/lenses';
import enLensEvidence from './catalogs/en/lens-evidence';
import svLensEvidence from './catalogs/sv/lens-evidence';
import enCoaching from './catalogs/en/coaching';
import svCoaching from './catalogs/sv/coaching';
import enCli from './catalogs/en/cli';
import svCli from './catalogs/sv/cli';
import enCliUsage from './catalogs/en/cli-usage';
import svCliUsage from './catalogs/sv/cli-usage';
import enCliCommands from './catalogs/en/cli-commands';
import svCliCommands from './catalogs/sv/cli-commands';
import enExport from './catalogs/en/export';
import svExport from './catalogs/sv/export';
import enMap from './catalogs/en/map';
import enActions from './catalogs/en/actions';
import svActions from './catalogs/sv/actions';
import enChanges from './catalogs/en/changes';
import svChanges from './catalogs/sv/changes';
import svMap from './catalogs/sv/map';
import enOneToOne from './catalogs/en/one-to-one';
import svOneToOne from './catalogs/sv/one-to-one';
import enMapSvg from './catalogs/en/map-svg';
import enHost from './catalogs/en/host';
import svHost from './catalogs/sv/host';
import svMapSvg from './catalogs/sv/map-svg';
import enFields from './catalogs/en/fields';
import svFields from './catalogs/sv/fields';
import enDealFields from './catalogs/en/deal-fields';
import svDealFields from './catalogs/sv/deal-fields';
import enFileProblems from './catalogs/en/file-problems';
import enPlaceholders from './catalogs/en/placeholders';
import svPlaceholders from './catalogs/sv/placeholders';
import svFileProblems from './catalogs/sv/file-problems';
import { EN_APP_MESSAGES, SV_APP_MESSAGES } from './app-catalogs';

/** Add a namespace here in both languages; tests/shared/i18n checks they hold the same keys. */
export const CATALOGS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    ...enCommon,
    ...enVocabulary,
    ...enEngine,
    ...enLenses,
    ...enLensEvidence,
    ...enCoaching,
    ...enCli,
    ...enCliUsage,
    ...enCliCommands,
    ...enExport,
    ...enMap,
    ...enMapSvg,
    ...enActions,
    ...enChanges,
    ...enOneToOne,
    ...enHost,
    ...enFields,
    ...enDealFields,
    ...enFileProblems,
    ...enPlaceholders,
    ...EN_APP_MESSAGES,
  },
  sv: {
    ...svCommon,
    ...svVocabulary,
    ...svEngine,
    ...svLenses,
    ...svLensEvidence,
    ...svCoaching,
    ...svCli,
    ...svCliUsage,
    ...svCliCommands,
    ...svExport,
    ...svMap,
    ...svMapSvg,
    ...svActions,
    ...svChanges,
    ...svOneToOne,
    ...svHost,
    ...svFields,
    ...svDealFields,
    ...svFileProblems,
    ...svPlaceholders,
    ...SV_APP_MESSAGES,
  },
};
