// The import and CSV export part of the API contract: payload schemas, answers, and the upload's own size cap.
import { z } from 'zod';
import { csvMappingSchema, type CsvMapping } from '../import/csv-mapping';
import type { ImportPreview } from '../import/import-plan-types';
import { DATE_ORDERS, IMPORT_FILE_ROLES } from '../import/import-types';
import { CRM_SYSTEMS, type CrmSystem } from '../model/external-schema';
import { STAKEHOLDER_ROLES } from '../model/vocabulary';

/**
 * The most text one import may upload, all files together: 5,000 opportunities with 40,000 contact
 * roles and 25,000 contacts come to about 6 MB, so this leaves room for wide report exports.
 */
export const MAX_IMPORT_UPLOAD_CHARS = 64 * 1024 * 1024;

/** The API functions that carry file contents; the browser host gives them a larger request body cap. */
export const IMPORT_UPLOAD_FUNCTIONS: readonly string[] = ['previewImport', 'applyImport', 'csvColumns'];

/** The body cap for an upload call: JSON escapes (`\r\n` is 4 characters, `"` is 2) can double the text. */
export const MAX_IMPORT_REQUEST_BYTES = 2 * MAX_IMPORT_UPLOAD_CHARS + 64 * 1024;

const uploadedFileSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    content: z.string().max(MAX_IMPORT_UPLOAD_CHARS, { error: `expected at most ${MAX_IMPORT_UPLOAD_CHARS} characters` }),
  })
  .strict();

const importFileSchema = uploadedFileSchema.extend({ role: z.enum(IMPORT_FILE_ROLES, { error: `expected one of ${IMPORT_FILE_ROLES.join(', ')}` }) }).strict();

/** One import: the CRM, its files with their roles, a mapping for `csv`, and how to read dates and bad rows. */
export const importRequestSchema = z
  .object({
    system: z.enum(CRM_SYSTEMS, { error: `expected one of ${CRM_SYSTEMS.join(', ')}` }),
    files: z
      .array(importFileSchema)
      .min(1, { error: 'expected at least one file' })
      .max(20)
      .refine((files) => files.reduce((total, file) => total + file.content.length, 0) <= MAX_IMPORT_UPLOAD_CHARS, {
        error: `the files come to more than ${MAX_IMPORT_UPLOAD_CHARS} characters; import them in parts`,
      }),
    mapping: csvMappingSchema.optional(),
    dateOrder: z.enum(DATE_ORDERS).default('auto'),
    skipBadRows: z.boolean().default(false),
    /** The user's meaning of role values the tables do not know, e.g. `{ "Procurement": "buyer" }`. */
    roles: z.record(z.string().max(200), z.enum(STAKEHOLDER_ROLES, { error: `expected one of ${STAKEHOLDER_ROLES.join(', ')}` })).default({}),
  })
  .strict();

export type ImportRequestInput = z.infer<typeof importRequestSchema>;

export const importInputSchemas = {
  /** Reads the files and answers what the import would do; writes nothing. */
  previewImport: importRequestSchema,
  /** Writes the import (all or nothing) and keeps a journal for undo; refuses when the files have errors and bad rows are not skipped. */
  applyImport: importRequestSchema,
  /** Undoes the last import in one step; refuses, naming the deals, when one changed since. */
  undoImport: z.object({}).strict(),
  /** The last import of the workspace, for the Undo button; null when there is none. */
  lastImport: z.object({}).strict(),
  /** The header and the first rows of one CSV file, for the column-mapping step. */
  csvColumns: z.object({ file: uploadedFileSchema }).strict(),
  /** The column mappings saved in the workspace (`import-mappings/`). */
  listImportMappings: z.object({}).strict(),
  /** Saves a mapping under its name in the workspace, replacing one of the same name. */
  saveImportMapping: z.object({ mapping: csvMappingSchema }).strict(),
  /** Writes pipeline.csv, stakeholders.csv and opportunity-contact-roles.csv into `<workspace>/exports/crm-csv-<asOf>/`. */
  exportCsv: z.object({ asOf: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }) }).strict(),
} as const;

/** An applied or undone import, as the journal has it. */
export interface ImportSummary {
  readonly id: string;
  readonly system: CrmSystem;
  /** When it was applied, ISO 8601. */
  readonly at: string;
  readonly files: readonly string[];
  readonly createdDeals: number;
  readonly updatedDeals: number;
  readonly undoneAt?: string;
}

export interface ImportOutputs {
  previewImport: ImportPreview;
  /** `journal` is null when nothing needed writing (the same files again). */
  applyImport: { readonly preview: ImportPreview; readonly journal: ImportSummary | null };
  undoImport: ImportSummary;
  lastImport: { readonly last: ImportSummary | null };
  csvColumns: { readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] };
  listImportMappings: { readonly mappings: readonly CsvMapping[] };
  saveImportMapping: CsvMapping;
  exportCsv: { readonly folder: string; readonly files: readonly string[] };
}
