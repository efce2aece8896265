// The product's fixed vocabularies (docs/file-format.md), shared by schemas, engine and UI.

/** What a stakeholder does in the purchase decision (Webster & Wind's buying-center roles). */
export const STAKEHOLDER_ROLES = [
  'decision-maker',
  'influencer',
  'user',
  'gatekeeper',
  'buyer',
  'initiator',
  'unknown',
] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

/** How a stakeholder leans toward this deal; a saboteur actively works against it. */
export const STAKEHOLDER_STANCES = [
  'champion',
  'supporter',
  'neutral',
  'skeptic',
  'saboteur',
  'unknown',
] as const;
export type StakeholderStance = (typeof STAKEHOLDER_STANCES)[number];

/** The source text's interest ladder, lowest first; order matters (see interestRank). */
export const INTEREST_LEVELS = [
  'unknown',
  'none',
  'general-info',
  'discussing-benefits',
  'committed',
] as const;
export type InterestLevel = (typeof INTEREST_LEVELS)[number];

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** The account executive's own forecast call for a deal; the engine challenges a `commit` it cannot back (commit-at-risk). */
export const FORECAST_CATEGORIES = ['commit', 'best-case', 'pipeline', 'omitted'] as const;
export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number];

export const BENEFIT_KINDS = ['easier-work', 'better-support', 'efficiency', 'other'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

export const RELATION_KINDS = ['reports-to', 'influences'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Position of an interest level on the ladder: 0 for `unknown` up to 4 for `committed`. */
export function interestRank(level: InterestLevel): number {
  return INTEREST_LEVELS.indexOf(level);
}

/** True when the level is `general-info` or higher: the source's "has shown interest". */
export function hasShownInterest(level: InterestLevel): boolean {
  return interestRank(level) >= interestRank('general-info');
}

/** True for the stances that work for the deal. */
export function isAlly(stance: StakeholderStance): boolean {
  return stance === 'champion' || stance === 'supporter';
}

/** The qualification methodologies a deal can be read through (docs/engine-rules.md "Lenses"). */
export const LENS_IDS = ['qualified-prospect', 'bant', 'meddpicc'] as const;
export type LensId = (typeof LENS_IDS)[number];
/** The lens of a workspace whose settings name none: the source text's own. */
export const DEFAULT_LENS: LensId = 'qualified-prospect';

/** What a deal competes with: another vendor, the customer's own team, or doing nothing at all. */
export const COMPETITOR_KINDS = ['vendor', 'in-house', 'do-nothing'] as const;
export type CompetitorKind = (typeof COMPETITOR_KINDS)[number];
