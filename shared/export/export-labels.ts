// Words an exported map or review pack prints for the product's vocabularies (the UI's own labels live in the renderer).
import type { GapSeverity, QualificationStage } from '../engine/types';
import type { StakeholderRole, StakeholderStance } from '../model/vocabulary';

export const EXPORT_ROLE_LABELS: Readonly<Record<StakeholderRole, string>> = {
  'decision-maker': 'Decision-maker',
  influencer: 'Influencer',
  user: 'User',
  gatekeeper: 'Gatekeeper',
  buyer: 'Buyer',
  initiator: 'Initiator',
  unknown: 'Role unknown',
};

export const EXPORT_STANCE_LABELS: Readonly<Record<StakeholderStance, string>> = {
  champion: 'Champion',
  supporter: 'Supporter',
  neutral: 'Neutral',
  skeptic: 'Skeptic',
  saboteur: 'Saboteur',
  unknown: 'Stance unknown',
};

/** The map's stance colours: strong for the stripe and word, soft for the chip behind it. */
export const STANCE_COLOURS: Readonly<Record<StakeholderStance, { readonly strong: string; readonly soft: string }>> = {
  champion: { strong: '#2b8a3e', soft: '#ebfbee' },
  supporter: { strong: '#0c8599', soft: '#e3fafc' },
  neutral: { strong: '#6c757d', soft: '#f1f3f5' },
  skeptic: { strong: '#d9480f', soft: '#fff4e6' },
  saboteur: { strong: '#c92a2a', soft: '#fff5f5' },
  unknown: { strong: '#868e96', soft: '#f8f9fa' },
};

export const EXPORT_STAGE_LABELS: Readonly<Record<QualificationStage, string>> = {
  lead: 'Lead',
  prospect: 'Prospect',
  qualified: 'Qualified',
  customer: 'Customer',
  lost: 'Lost',
};

export const EXPORT_SEVERITY_LABELS: Readonly<Record<GapSeverity, string>> = {
  blocker: 'Blocker',
  warning: 'Warning',
  info: 'Opportunity',
};

/** Short words for a gap code, as the app's table, filters and charts print it: `no-ally-path` -> "No ally path". */
export function exportGapCodeLabel(code: string): string {
  const words = code.replace(/-/g, ' ').replace(/decision maker/g, 'decision-maker');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
