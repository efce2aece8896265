// Every English message but the command line's: what the app page loads (renderer/i18n/page-catalogs.ts).
import enCommon from './catalogs/en/common';
import enVocabulary from './catalogs/en/vocabulary';
import enEngine from './catalogs/en/engine';
import enLenses from './catalogs/en/lenses';
import enLensEvidence from './catalogs/en/lens-evidence';
import enCoaching from './catalogs/en/coaching';
import enExport from './catalogs/en/export';
import enMap from './catalogs/en/map';
import enMapSvg from './catalogs/en/map-svg';
import enActions from './catalogs/en/actions';
import enChanges from './catalogs/en/changes';
import enOneToOne from './catalogs/en/one-to-one';
import enHost from './catalogs/en/host';
import enFields from './catalogs/en/fields';
import enDealFields from './catalogs/en/deal-fields';
import enFileProblems from './catalogs/en/file-problems';
import enPlaceholders from './catalogs/en/placeholders';
import enApp from './catalogs/en/app';
import enTeam from './catalogs/en/team';
import enDeals from './catalogs/en/deals';
import enPanel from './catalogs/en/panel';
import enPipeline from './catalogs/en/pipeline';
import enReview from './catalogs/en/review';
import enWhatif from './catalogs/en/whatif';
import enScorecard from './catalogs/en/scorecard';
import enSettings from './catalogs/en/settings';
import enImporting from './catalogs/en/importing';
import enExporting from './catalogs/en/exporting';
import enCharts from './catalogs/en/charts';

export const EN_MESSAGES: Readonly<Record<string, string>> = {
  ...enCommon,
  ...enVocabulary,
  ...enEngine,
  ...enLenses,
  ...enLensEvidence,
  ...enCoaching,
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
  ...enApp,
  ...enTeam,
  ...enDeals,
  ...enPanel,
  ...enPipeline,
  ...enReview,
  ...enWhatif,
  ...enScorecard,
  ...enSettings,
  ...enImporting,
  ...enExporting,
  ...enCharts,
};
