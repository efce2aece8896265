// The column mapping for any other CRM's CSV (Pipedrive, Dynamics, a spreadsheet): which column is which field.
import { z } from 'zod';
import { STAKEHOLDER_ROLES } from '../model/vocabulary';
import { DATE_ORDERS } from './import-types';

/** The fields a mapping can point at; one row per deal, or one row per person on a deal. */
export const MAPPED_FIELDS = [
  'dealId',
  'dealName',
  'account',
  'owner',
  'amount',
  'currency',
  'closeDate',
  'stage',
  'status',
  'personId',
  'personName',
  'personTitle',
  'personRole',
  'reportsTo',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** What each field means, for the mapping step and the docs. */
export const MAPPED_FIELD_LABELS: Readonly<Record<MappedField, string>> = {
  dealId: 'Deal id (rows with the same id are one deal; default: the deal name)',
  dealName: 'Deal name (required)',
  account: 'Account',
  owner: 'Owner',
  amount: 'Amount',
  currency: 'Currency (ISO code)',
  closeDate: 'Close date',
  stage: 'CRM stage',
  status: 'Status (won, lost, open)',
  personId: 'Person id (default: the person name)',
  personName: 'Person name',
  personTitle: 'Person title',
  personRole: 'Person role',
  reportsTo: 'Reports to (person id)',
};

const headerSchema = z.string().trim().min(1).max(200);

export const csvMappingSchema = z
  .object({
    kind: z.literal('dealmap-csv-mapping', { error: 'expected "dealmap-csv-mapping"' }),
    version: z.literal(1, { error: 'expected 1' }),
    /** A name the user knows it by, e.g. `Pipedrive`; also its file name in the workspace. */
    name: z.string().trim().min(1).max(80),
    /** Field -> the header of the column holding it. */
    columns: z.partialRecord(z.enum(MAPPED_FIELDS), headerSchema).refine((columns) => columns.dealName !== undefined, {
      error: 'expected a column for dealName',
    }),
    /** Role text as the CRM writes it -> a Dealmap role; the Salesforce and HubSpot tables apply otherwise. */
    roles: z.record(z.string().max(200), z.enum(STAKEHOLDER_ROLES)).optional(),
    dateOrder: z.enum(DATE_ORDERS).optional(),
  })
  .strict();

export type CsvMapping = z.infer<typeof csvMappingSchema>;
