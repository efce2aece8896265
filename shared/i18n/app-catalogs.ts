// The renderer's namespaces (app frame, deals, panel, pipeline, review...) per language, for catalogs.ts.
import enApp from './catalogs/en/app';
import svApp from './catalogs/sv/app';
import enTeam from './catalogs/en/team';
import svTeam from './catalogs/sv/team';
import enPanel from './catalogs/en/panel';
import svPanel from './catalogs/sv/panel';

/** Every namespace the app shows, listed so the parity test can name them. */
export const APP_NAMESPACES = ['app', 'team', 'panel'] as const;

export const EN_APP_MESSAGES = { ...enApp, ...enTeam, ...enPanel } as const;
export const SV_APP_MESSAGES = { ...svApp, ...svTeam, ...svPanel } as const;
