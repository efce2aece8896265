// The CRM role tables (docs/import.md): Salesforce contact roles and HubSpot buying roles to Dealmap roles and stances.
import type { StakeholderRole } from '../model/vocabulary';
import { headerKey } from './header-names';

/** Salesforce's standard OpportunityContactRole picklist values. */
export const SALESFORCE_ROLE_TABLE: Readonly<Record<string, StakeholderRole>> = {
  'Decision Maker': 'decision-maker',
  'Economic Buyer': 'decision-maker',
  'Economic Decision Maker': 'decision-maker',
  'Executive Sponsor': 'decision-maker',
  Influencer: 'influencer',
  'Technical Buyer': 'influencer',
  Evaluator: 'influencer',
  'Business User': 'user',
  Other: 'unknown',
};

/** What one HubSpot buying role says: a role, a stance, or both. */
export interface BuyingRoleMeaning {
  readonly role?: StakeholderRole;
  readonly stance?: 'champion' | 'saboteur';
}

/** HubSpot's buying roles, by label; the internal values (`BUDGET_HOLDER`...) read the same. */
export const HUBSPOT_BUYING_ROLE_TABLE: Readonly<Record<string, BuyingRoleMeaning>> = {
  'Decision Maker': { role: 'decision-maker' },
  'Budget Holder': { role: 'decision-maker' },
  'Executive Sponsor': { role: 'decision-maker' },
  Influencer: { role: 'influencer' },
  'End User': { role: 'user' },
  'Legal & Compliance': { role: 'gatekeeper' },
  Champion: { stance: 'champion' },
  Blocker: { stance: 'saboteur' },
  Other: { role: 'unknown' },
};

/** When a person holds several roles on one deal, the one that weighs most in the buying center wins. */
const ROLE_WEIGHT: readonly StakeholderRole[] = ['decision-maker', 'buyer', 'gatekeeper', 'influencer', 'initiator', 'user', 'unknown'];

export function strongestRole(roles: readonly StakeholderRole[]): StakeholderRole {
  let best: StakeholderRole = 'unknown';
  for (const role of roles) if (ROLE_WEIGHT.indexOf(role) < ROLE_WEIGHT.indexOf(best)) best = role;
  return best;
}

function keyed<T>(table: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  // `Legal & Compliance`, `LEGAL_AND_COMPLIANCE` and `legal and compliance` are one key.
  return new Map(Object.entries(table).map(([label, value]) => [headerKey(label.replace('&', 'and')), value]));
}

const salesforceRoles = keyed(SALESFORCE_ROLE_TABLE);
const hubspotRoles = keyed(HUBSPOT_BUYING_ROLE_TABLE);

/** The lookup key of a role text, as the tables use it. */
export function roleKey(text: string): string {
  return headerKey(text.replace('&', 'and'));
}

/** A Salesforce role, or undefined for a value the table does not know (the caller warns and maps it to unknown). */
export function salesforceRole(text: string, extra: Readonly<Record<string, StakeholderRole>> = {}): StakeholderRole | undefined {
  const key = roleKey(text);
  for (const [label, role] of Object.entries(extra)) if (roleKey(label) === key) return role;
  return salesforceRoles.get(key);
}

/** A HubSpot buying role's meaning, or undefined for a value the table does not know. */
export function hubspotBuyingRole(text: string, extra: Readonly<Record<string, StakeholderRole>> = {}): BuyingRoleMeaning | undefined {
  const key = roleKey(text);
  for (const [label, role] of Object.entries(extra)) if (roleKey(label) === key) return { role };
  return hubspotRoles.get(key);
}
