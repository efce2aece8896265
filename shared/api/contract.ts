// The one API contract between the UI and the Node side, whatever the transport (IPC or HTTP).
import { z } from 'zod';
import { exportFileNameProblem, exportFolderNameProblem, MAX_EXPORT_BYTES, MAX_EXPORT_FILES } from '../export/export-names';
import { API_METHODS, type ApiMethodName } from './api-methods';
import { exportPayloadBytes } from './export-payload-size';
import { importInputSchemas, type ImportOutputs } from './import-contract';
import { teamInputSchemas, type TeamOutputs } from './team-contract';
import { CONTENT_FINGERPRINT_PATTERN } from '../model/content-fingerprint';
import { DEAL_FINGERPRINT_PATTERN } from '../model/deal-fingerprint';
import { dealIdSchema, dealSchema, type Deal } from '../model/deal-schema';
import type { FieldIssue } from '../model/validation';
import type { DealSummary } from '../pipeline/deal-summary';
import type { PipelineChanges } from '../review/change-types';
import { reviewIdSchema, reviewSinceSchema } from '../review/review-ids';
import { dealCoachingSchema, type Review, type ReviewSummary } from '../review/review-schema';
import type { SavedCoaching } from '../review/coaching-file-schema';
import { workspaceSettingsSchema, type WorkspaceSettings } from '../settings/workspace-settings';
import type { MessageRef } from '../i18n/message-ref';

/** A deal file that could not be read: it is listed, never written to. */
export interface DealFileProblem {
  /** Path relative to the workspace, e.g. `deals/acme.json`. */
  readonly file: string;
  /** One line naming the file, the first field path and the reason. */
  readonly message: string;
  readonly issues: readonly FieldIssue[];
}

/**
 * The workspace as the deal list and the pipeline show it: one compact summary per readable deal
 * (about 300 bytes; the open deal is fetched whole with getDeal), qualified as of `asOf` with the
 * workspace's settings.
 */
export interface WorkspaceListing {
  /** Absolute path of the workspace folder. */
  readonly workspace: string;
  /** The review date the summaries were qualified as of. */
  readonly asOf: string;
  /** Every readable deal, sorted by name then id. */
  readonly deals: readonly DealSummary[];
  readonly problems: readonly DealFileProblem[];
}

/** The named deal files as they are now: their summaries, their problems, and the files that are gone. */
export interface ChangedDeals {
  readonly deals: readonly DealSummary[];
  readonly problems: readonly DealFileProblem[];
  /** `deals/<id>.json` of the files no longer there. */
  readonly gone: readonly string[];
}

/** How far the listing under way has got; null when no listing is under way. */
export type ListingProgress = { readonly done: number; readonly total: number } | null;

/** The workspace's reviews, newest first; a damaged review file is listed, never written to. */
export interface ReviewList {
  readonly reviews: readonly ReviewSummary[];
  readonly problems: readonly DealFileProblem[];
}

/** What changed since a review: `review` is null when the workspace has none yet. */
export interface ReviewChangesReport {
  readonly review: ReviewSummary | null;
  /** The date the deals were qualified as of now. */
  readonly asOf: string;
  readonly changes: PipelineChanges;
  /** Deal and review files that could not be read; such deals are left out of the comparison. */
  readonly problems: readonly DealFileProblem[];
}

/** Where an export went. */
export interface ExportedFiles {
  /** Absolute path of the folder written, suffix included (`.../exports/map-acme-2027-01-15-2`). */
  readonly folder: string;
  /** The files written, relative to the folder, in the order given. */
  readonly files: readonly string[];
}

function refineWith(problem: (name: string) => string | null) {
  return (name: string, ctx: z.RefinementCtx) => {
    const message = problem(name);
    if (message !== null) ctx.addIssue({ code: 'custom', message });
  };
}

const exportFolderNameSchema = z.string().superRefine(refineWith(exportFolderNameProblem));

/** One file of an export: text as UTF-8, or binary (PNG, PDF) as base64. */
const exportFileSchema = z
  .object({
    name: z.string().superRefine(refineWith(exportFileNameProblem)),
    // The byte cap is checked on the decoded size by the service; this bound keeps a huge payload from being held at all.
    content: z.string().max(Math.ceil((MAX_EXPORT_BYTES * 4) / 3) + 4, { error: `expected at most ${MAX_EXPORT_BYTES} bytes` }),
    encoding: z.enum(['utf8', 'base64'], { error: 'expected utf8 or base64' }),
  })
  .strict();

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The files of one export; their total is measured before anything is decoded, so a huge payload is refused at once. */
const exportFilesSchema = z
  .array(exportFileSchema)
  .min(1)
  .max(MAX_EXPORT_FILES)
  .superRefine((files, ctx) => {
    if (exportPayloadBytes(files, MAX_EXPORT_BYTES) > MAX_EXPORT_BYTES) {
      ctx.addIssue({ code: 'custom', message: `the files come to more than ${megabytes(MAX_EXPORT_BYTES)}; one export holds at most ${megabytes(MAX_EXPORT_BYTES)}` });
    }
  });

export const API_ERROR_CODES = [
  'invalid-payload',
  'not-found',
  'conflict',
  'unreadable-file',
  'already-exists',
  'forbidden',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiFailure {
  readonly code: ApiErrorCode;
  /** What went wrong in English, naming file, field and reason (the CLI and logs print it). */
  readonly message: string;
  /** The same message as a catalog key and values, where the host has one: the app renders it in the chosen language. */
  readonly messageRef?: MessageRef;
}

/** Every call answers with a result, so errors cross IPC and HTTP intact. */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ApiFailure };

/** Payload schemas, one per API function: both transports validate with these. */
export const apiInputSchemas = {
  /** `asOf` defaults to today on the host's calendar. */
  listDeals: z.object({ asOf: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).optional() }).strict(),
  /** The summaries of the named deal files only (`deals/acme.json`), after a pushed change: the page patches its list. */
  listChangedDeals: z
    .object({
      files: z.array(z.string().regex(/^deals\/[a-z0-9-]{1,64}\.json$/, { error: 'expected deals/<deal-id>.json' })).max(1000),
      asOf: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).optional(),
    })
    .strict(),
  /** Polled by the UI while a cold listing reads every file, for its progress bar. */
  listingProgress: z.object({}).strict(),
  getDeal: z.object({ id: dealIdSchema }).strict(),
  createDeal: z
    .object({
      name: z.string().trim().min(1, { error: 'expected a non-empty deal name' }).max(200),
      account: z.string().trim().min(1, { error: 'expected a non-empty account' }).max(200),
    })
    .strict(),
  /**
   * `deal.revision` is the revision the edit started from; a newer file on disk is a conflict.
   * `base` is `dealFingerprint` of the deal as it was read or last saved; a file that no longer
   * matches it (edited by hand, at the same revision) is a conflict too.
   */
  saveDeal: z
    .object({
      deal: dealSchema,
      base: z.string().regex(DEAL_FINGERPRINT_PATTERN, { error: 'expected a deal fingerprint' }).optional(),
    })
    .strict(),
  deleteDeal: z
    .object({ id: dealIdSchema, revision: z.number().int().min(1) })
    .strict(),
  listReviews: z.object({}).strict(),
  /** Snapshots every readable deal qualified as of `asOf`, the review's date and id. */
  startReview: z.object({ asOf: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }) }).strict(),
  getReview: z.object({ id: reviewIdSchema }).strict(),
  /** `since`: a date for the latest review on or before it, or one review as YYYY-MM-DD-N (`-1`: the day's first); absent, the latest. `asOf` defaults to today. */
  reviewChanges: z
    .object({ since: reviewSinceSchema.optional(), asOf: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).optional() })
    .strict(),
  /** `revision` is the review's revision the edit started from; another one on disk is a conflict. */
  saveCoaching: z
    .object({ reviewId: reviewIdSchema, dealId: dealIdSchema, revision: z.number().int().min(1), coaching: dealCoachingSchema })
    .strict(),
  /** The workspace's settings.json; the documented defaults when there is none. */
  getSettings: z.object({}).strict(),
  /**
   * Replaces settings.json; fields left out take their defaults. `base` (required: a save that
   * named none would overwrite blindly) is `settingsFingerprint` of the settings as read or last
   * saved, the defaults' when there was no file; a file that no longer matches it is a conflict.
   */
  saveSettings: z
    .object({
      settings: workspaceSettingsSchema,
      base: z.string({ error: 'expected a settings fingerprint' }).regex(CONTENT_FINGERPRINT_PATTERN, { error: 'expected a settings fingerprint' }),
    })
    .strict(),
  /** Writes the files into `<workspace>/exports/<folderName>/`; a taken folder name gets -2, -3... */
  exportFiles: z.object({ folderName: exportFolderNameSchema, files: exportFilesSchema }).strict(),
  /** Prints a pack's HTML page to `<workspace>/exports/<folderName>/<fileName>`: the desktop app, and the browser host where it has a Chromium. */
  exportReviewPdf: z
    .object({
      folderName: exportFolderNameSchema,
      html: z.string().min(1).max(MAX_EXPORT_BYTES, { error: `expected at most ${MAX_EXPORT_BYTES} characters of HTML` }),
      /** The PDF's name in the folder; review-pack.pdf when absent. */
      fileName: z.enum(['review-pack.pdf', 'one-to-one.pdf']).optional(),
    })
    .strict(),
  /** Import from Salesforce, HubSpot or any CSV, undo, column mappings and the CSV export (import-contract.ts). */
  ...importInputSchemas,
  /** Team workspaces on git: sync status, sync now, a deal's history (team-contract.ts). */
  ...teamInputSchemas,
} as const satisfies Record<ApiMethodName, z.ZodType>;

export type ApiFunctionName = ApiMethodName;
/** The names from api-methods.ts; a test holds the schemas above to exactly these. */
export const API_FUNCTION_NAMES: readonly ApiFunctionName[] = API_METHODS;

export type ApiInput<K extends ApiFunctionName> = z.infer<(typeof apiInputSchemas)[K]>;

/** What each function answers on success. */
export interface ApiOutputs extends ImportOutputs, TeamOutputs {
  listDeals: WorkspaceListing;
  listingProgress: ListingProgress;
  listChangedDeals: ChangedDeals;
  getDeal: Deal;
  createDeal: Deal;
  /** The deal as written: revision bumped, updatedAt set. */
  saveDeal: Deal;
  deleteDeal: { readonly id: string };
  listReviews: ReviewList;
  startReview: Review;
  getReview: Review;
  reviewChanges: ReviewChangesReport;
  /** The deal's coaching as written and the review's new revision (not the whole review: it holds every deal). */
  saveCoaching: SavedCoaching;
  getSettings: WorkspaceSettings;
  /** The settings as written, defaults filled in: `settingsFingerprint` of it is the next save's base. */
  saveSettings: WorkspaceSettings;
  exportFiles: ExportedFiles;
  exportReviewPdf: ExportedFiles;
}

/** The services behind the API; hosts call these after validating the payload. */
export type DealmapServices = {
  [K in ApiFunctionName]: (input: ApiInput<K>) => Promise<ApiOutputs[K]>;
};

/** What the preload exposes as `window.dealmap`, and what the HTTP client implements. */
export type DealmapApi = {
  [K in ApiFunctionName]: (input: ApiInput<K>) => Promise<ApiResult<ApiOutputs[K]>>;
};

export function isApiFunctionName(name: string): name is ApiFunctionName {
  return (API_METHODS as readonly string[]).includes(name);
}

export { API_HTTP_PREFIX } from './api-http-prefix';
