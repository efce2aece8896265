// The severity words only exports print; the map's colours are in shared/layout/map-style, the vocabulary's words in shared/model/vocabulary-labels.
import type { GapSeverity } from '../engine/types';

export const EXPORT_SEVERITY_LABELS: Readonly<Record<GapSeverity, string>> = {
  blocker: 'Blocker',
  warning: 'Warning',
  info: 'Opportunity',
};
