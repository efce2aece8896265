// What the Import dialog asks for per CRM: the files by role, with labels, and which one is required.
import type { ImportFileRole } from '../../shared/import/import-types';
import type { CrmSystem } from '../../shared/model/external-schema';

export interface FileSlot {
  readonly role: ImportFileRole;
  readonly label: string;
  readonly hint: string;
  readonly required: boolean;
}

export const SYSTEM_LABELS: Readonly<Record<CrmSystem, string>> = { salesforce: 'Salesforce', hubspot: 'HubSpot', csv: 'Other CSV' };

export const FILE_SLOTS: Readonly<Record<Exclude<CrmSystem, 'csv'>, readonly FileSlot[]>> = {
  salesforce: [
    { role: 'opportunities', label: 'Opportunities', hint: 'Opportunity export (Data Loader, Workbench or a report)', required: true },
    { role: 'contacts', label: 'Contacts', hint: 'Contact export with Id, name, Title, ReportsToId', required: false },
    { role: 'contact-roles', label: 'Contact roles', hint: 'OpportunityContactRole export', required: false },
  ],
  hubspot: [
    { role: 'deals', label: 'Deals', hint: 'Deals export, with Associated Contact IDs', required: true },
    { role: 'contacts', label: 'Contacts', hint: 'Contacts export, with Buying Role', required: false },
    { role: 'associations', label: 'Associations', hint: 'Optional: a deal-contact associations file', required: false },
  ],
};
