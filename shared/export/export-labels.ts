// What only exports print: the map's stance colours and the severity colours; the vocabulary's words are in shared/model/vocabulary-labels.
import type { GapSeverity } from '../engine/types';
import type { StakeholderStance } from '../model/vocabulary';

/** The map's stance colours: strong for the stripe and word, soft for the chip behind it. */
export const STANCE_COLOURS: Readonly<Record<StakeholderStance, { readonly strong: string; readonly soft: string }>> = {
  champion: { strong: '#2b8a3e', soft: '#ebfbee' },
  supporter: { strong: '#0c8599', soft: '#e3fafc' },
  neutral: { strong: '#6c757d', soft: '#f1f3f5' },
  skeptic: { strong: '#d9480f', soft: '#fff4e6' },
  saboteur: { strong: '#c92a2a', soft: '#fff5f5' },
  unknown: { strong: '#868e96', soft: '#f8f9fa' },
};

/** The class that colours a severity on a printed page (the word itself is `export.severity.<code>`). */
export const SEVERITY_CLASS: Readonly<Record<GapSeverity, string>> = {
  blocker: 'gap-blocker',
  warning: 'gap-warning',
  info: 'gap-opportunity',
};
