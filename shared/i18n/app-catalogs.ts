// The renderer's namespaces (app frame, deals, panel, pipeline, review, charts...); catalog-en.ts and catalog-sv.ts hold their messages.

/** Every namespace the app shows, listed so the parity test can name them. */
export const APP_NAMESPACES = ['app', 'team', 'deals', 'panel', 'pipeline', 'review', 'whatif', 'scorecard', 'settings', 'importing', 'exporting', 'charts'] as const;
