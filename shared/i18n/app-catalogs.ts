// The renderer's namespaces (app frame, deals, panel, pipeline, review, charts...) per language, for catalogs.ts.
import enApp from './catalogs/en/app';
import svApp from './catalogs/sv/app';
import enTeam from './catalogs/en/team';
import svTeam from './catalogs/sv/team';
import enDeals from './catalogs/en/deals';
import svDeals from './catalogs/sv/deals';
import enPanel from './catalogs/en/panel';
import svPanel from './catalogs/sv/panel';
import enPipeline from './catalogs/en/pipeline';
import svPipeline from './catalogs/sv/pipeline';
import enReview from './catalogs/en/review';
import svReview from './catalogs/sv/review';
import enWhatif from './catalogs/en/whatif';
import svWhatif from './catalogs/sv/whatif';
import enScorecard from './catalogs/en/scorecard';
import svScorecard from './catalogs/sv/scorecard';
import enSettings from './catalogs/en/settings';
import svSettings from './catalogs/sv/settings';
import enImporting from './catalogs/en/importing';
import svImporting from './catalogs/sv/importing';
import enExporting from './catalogs/en/exporting';
import svExporting from './catalogs/sv/exporting';
import enCharts from './catalogs/en/charts';
import svCharts from './catalogs/sv/charts';

/** Every namespace the app shows, listed so the parity test can name them. */
export const APP_NAMESPACES = ['app', 'team', 'deals', 'panel', 'pipeline', 'review', 'whatif', 'scorecard', 'settings', 'importing', 'exporting', 'charts'] as const;

export const EN_APP_MESSAGES = { ...enApp, ...enTeam, ...enDeals, ...enPanel, ...enPipeline, ...enReview, ...enWhatif, ...enScorecard, ...enSettings, ...enImporting, ...enExporting, ...enCharts } as const;
export const SV_APP_MESSAGES = { ...svApp, ...svTeam, ...svDeals, ...svPanel, ...svPipeline, ...svReview, ...svWhatif, ...svScorecard, ...svSettings, ...svImporting, ...svExporting, ...svCharts } as const;
