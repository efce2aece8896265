// The `external` field of the deal file: which CRM record a deal or a stakeholder came from (docs/import.md).
import { z } from 'zod';

/** The systems Dealmap imports from; `csv` is any other CRM or spreadsheet, read through a column mapping. */
export const CRM_SYSTEMS = ['salesforce', 'hubspot', 'csv'] as const;
export type CrmSystem = (typeof CRM_SYSTEMS)[number];

const crmSystemSchema = z.enum(CRM_SYSTEMS, { error: `expected one of ${CRM_SYSTEMS.join(', ')}` });
const crmIdSchema = z.string().trim().min(1, { error: 'expected a non-empty CRM id' }).max(200);

/** A deal's CRM record: re-imports match deals by it; `stage` is the CRM's own stage, kept beside Dealmap's. */
export const dealExternalSchema = z
  .object({
    system: crmSystemSchema,
    /** The record id as the CRM wrote it (a Salesforce 15- or 18-character id, a HubSpot record id...). */
    id: crmIdSchema,
    /** The CRM's stage text, e.g. `Negotiation/Review` or `appointmentscheduled`; shown, never computed with. */
    stage: z.string().max(200).optional(),
  })
  .loose();

/** A stakeholder's CRM contact: `gone` marks a contact the last import no longer listed on this deal. */
export const stakeholderExternalSchema = z
  .object({
    system: crmSystemSchema,
    id: crmIdSchema,
    /** The contact role or buying role as the CRM wrote it, e.g. `Economic Buyer` or `Champion;Influencer`. */
    crmRole: z.string().max(200).optional(),
    /** True when the contact is no longer on the deal in the CRM; the person and everything drawn stays. */
    gone: z.literal(true).optional(),
  })
  .loose();

export type DealExternal = z.infer<typeof dealExternalSchema>;
export type StakeholderExternal = z.infer<typeof stakeholderExternalSchema>;
