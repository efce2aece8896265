// What the Import dialog asks for per CRM: the files by role, with labels, and which one is required.
import type { ImportFileRole } from '../../shared/import/import-types';
import type { CrmSystem } from '../../shared/model/external-schema';

/** `label` and `hint` are catalog keys. */
export interface FileSlot {
  readonly role: ImportFileRole;
  readonly label: string;
  readonly hint: string;
  readonly required: boolean;
}

/** Product names stay as they are; "Other CSV" is a catalog key. */
export const SYSTEM_LABELS: Readonly<Record<CrmSystem, string>> = { salesforce: 'Salesforce', hubspot: 'HubSpot', csv: 'importing.system.csv' };

export const FILE_SLOTS: Readonly<Record<Exclude<CrmSystem, 'csv'>, readonly FileSlot[]>> = {
  salesforce: [
    { role: 'opportunities', label: 'importing.slot.opportunities', hint: 'importing.slot.opportunities.hint', required: true },
    { role: 'contacts', label: 'importing.slot.contacts', hint: 'importing.slot.salesforce.contacts.hint', required: false },
    { role: 'contact-roles', label: 'importing.slot.contact-roles', hint: 'importing.slot.contact-roles.hint', required: false },
  ],
  hubspot: [
    { role: 'deals', label: 'importing.slot.deals', hint: 'importing.slot.deals.hint', required: true },
    { role: 'contacts', label: 'importing.slot.contacts', hint: 'importing.slot.hubspot.contacts.hint', required: false },
    { role: 'associations', label: 'importing.slot.associations', hint: 'importing.slot.associations.hint', required: false },
  ],
};
