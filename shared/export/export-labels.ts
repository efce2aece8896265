// The severity classes only exports print; the map's colours are in shared/layout/map-style, the words in the catalogs.
import type { GapSeverity } from '../engine/types';

/** The class that colours a severity on a printed page (the word itself is `export.severity.<code>`). */
export const SEVERITY_CLASS: Readonly<Record<GapSeverity, string>> = {
  blocker: 'gap-blocker',
  warning: 'gap-warning',
  info: 'gap-opportunity',
};
