// Words and symbols the UI shows for the product's vocabularies; stance never by colour alone.
import type { GapSeverity } from '../shared/engine/types';
export { ROLE_LABELS, STAGE_LABELS, STANCE_LABELS } from '../shared/model/vocabulary-labels';
import type {
  BenefitKind,
  DealStatus,
  InterestLevel,
  RelationKind,
  StakeholderStance,
} from '../shared/model/vocabulary';

/** A symbol beside the word, so stance reads in greyscale and for colour-blind users. */
export const STANCE_ICONS: Record<StakeholderStance, string> = {
  champion: '★',
  supporter: '✓',
  neutral: '○',
  skeptic: '?',
  saboteur: '✕',
  unknown: '…',
};

export const INTEREST_LABELS: Record<InterestLevel, string> = {
  unknown: 'Interest unknown',
  none: 'No interest',
  'general-info': 'General info',
  'discussing-benefits': 'Discussing benefits',
  committed: 'Committed',
};

export const BENEFIT_LABELS: Record<BenefitKind, string> = {
  'easier-work': 'Easier work',
  'better-support': 'Better support',
  efficiency: 'Efficiency',
  other: 'Other',
};

export const STATUS_LABELS: Record<DealStatus, string> = {
  open: 'Open',
  won: 'Won',
  lost: 'Lost',
};

export const SEVERITY_LABELS: Record<GapSeverity, string> = {
  blocker: 'Blockers',
  warning: 'Warnings',
  info: 'Opportunities',
};

export const RELATION_LABELS: Record<RelationKind, string> = {
  influences: 'influences',
  'reports-to': 'reports to',
};

export const STRENGTH_LABELS: Record<number, string> = { 1: 'weak', 2: 'medium', 3: 'strong' };

/** "480 000 kr" in the user's locale; a plain number when the deal has no currency. */
export function formatAmount(amount: number | undefined, currency: string | undefined): string {
  if (amount === undefined) return '—';
  try {
    return new Intl.NumberFormat(undefined, {
      style: currency ? 'currency' : 'decimal',
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${amount.toLocaleString()} ${currency ?? ''}`.trim();
  }
}
