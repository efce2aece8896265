// Every Swedish message but the command line's: what the app page loads (renderer/i18n/page-catalogs.ts).
import svCommon from './catalogs/sv/common';
import svVocabulary from './catalogs/sv/vocabulary';
import svEngine from './catalogs/sv/engine';
import svLenses from './catalogs/sv/lenses';
import svLensEvidence from './catalogs/sv/lens-evidence';
import svCoaching from './catalogs/sv/coaching';
import svExport from './catalogs/sv/export';
import svMap from './catalogs/sv/map';
import svMapSvg from './catalogs/sv/map-svg';
import svActions from './catalogs/sv/actions';
import svChanges from './catalogs/sv/changes';
import svOneToOne from './catalogs/sv/one-to-one';
import svHost from './catalogs/sv/host';
import svFields from './catalogs/sv/fields';
import svDealFields from './catalogs/sv/deal-fields';
import svFileProblems from './catalogs/sv/file-problems';
import svPlaceholders from './catalogs/sv/placeholders';
import svApp from './catalogs/sv/app';
import svTeam from './catalogs/sv/team';
import svDeals from './catalogs/sv/deals';
import svPanel from './catalogs/sv/panel';
import svPipeline from './catalogs/sv/pipeline';
import svReview from './catalogs/sv/review';
import svWhatif from './catalogs/sv/whatif';
import svScorecard from './catalogs/sv/scorecard';
import svSettings from './catalogs/sv/settings';
import svImporting from './catalogs/sv/importing';
import svExporting from './catalogs/sv/exporting';
import svCharts from './catalogs/sv/charts';

export const SV_MESSAGES: Readonly<Record<string, string>> = {
  ...svCommon,
  ...svVocabulary,
  ...svEngine,
  ...svLenses,
  ...svLensEvidence,
  ...svCoaching,
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
  ...svApp,
  ...svTeam,
  ...svDeals,
  ...svPanel,
  ...svPipeline,
  ...svReview,
  ...svWhatif,
  ...svScorecard,
  ...svSettings,
  ...svImporting,
  ...svExporting,
  ...svCharts,
};
