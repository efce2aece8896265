// The words the app, the exports and the command line print for the product's vocabularies.
import type { QualificationStage } from '../engine/types';
import type { ForecastCategory, StakeholderRole, StakeholderStance } from './vocabulary';

export const ROLE_LABELS: Readonly<Record<StakeholderRole, string>> = {
  'decision-maker': 'Decision-maker',
  influencer: 'Influencer',
  user: 'User',
  gatekeeper: 'Gatekeeper',
  buyer: 'Buyer',
  initiator: 'Initiator',
  unknown: 'Role unknown',
};

export const STANCE_LABELS: Readonly<Record<StakeholderStance, string>> = {
  champion: 'Champion',
  supporter: 'Supporter',
  neutral: 'Neutral',
  skeptic: 'Skeptic',
  saboteur: 'Saboteur',
  unknown: 'Stance unknown',
};

export const STAGE_LABELS: Readonly<Record<QualificationStage, string>> = {
  lead: 'Lead',
  prospect: 'Prospect',
  qualified: 'Qualified',
  customer: 'Customer',
  lost: 'Lost',
};

export const FORECAST_LABELS: Readonly<Record<ForecastCategory, string>> = {
  commit: 'Commit',
  'best-case': 'Best case',
  pipeline: 'Pipeline',
  omitted: 'Omitted',
};

/** Short words for a gap code in tables, filters and charts: `no-ally-path` -> "No ally path". */
export function gapCodeLabel(code: string): string {
  const words = code.replace(/-/g, ' ').replace(/decision maker/g, 'decision-maker');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
