// The key a CRM id is matched by: a Salesforce id's 15-character form, other systems' ids as they are.
import type { CrmSystem } from '../model/external-schema';
import { isSalesforceId, salesforceIdKey } from './salesforce-id';

export function crmKey(system: CrmSystem, id: string): string {
  return system === 'salesforce' && isSalesforceId(id) ? salesforceIdKey(id) : id;
}

/** The index key of a deal or person: system and key together, so a HubSpot 42 is not a CSV 42. */
export function crmIndexKey(system: CrmSystem, id: string): string {
  return `${system}:${crmKey(system, id)}`;
}
