// The one API contract between the UI and the Node side, whatever the transport (IPC or HTTP).
import { z } from 'zod';
import { DEAL_FINGERPRINT_PATTERN } from '../model/deal-fingerprint';
import { dealIdSchema, dealSchema, type Deal } from '../model/deal-schema';
import type { FieldIssue } from '../model/validation';

/** A deal file that could not be read: it is listed, never written to. */
export interface DealFileProblem {
  /** Path relative to the workspace, e.g. `deals/acme.json`. */
  readonly file: string;
  /** One line naming the file, the first field path and the reason. */
  readonly message: string;
  readonly issues: readonly FieldIssue[];
}

export interface WorkspaceListing {
  /** Absolute path of the workspace folder. */
  readonly workspace: string;
  /** Every readable deal, sorted by name then id. */
  readonly deals: readonly Deal[];
  readonly problems: readonly DealFileProblem[];
}

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
  readonly message: string;
}

/** Every call answers with a result, so errors cross IPC and HTTP intact. */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ApiFailure };

/** Payload schemas, one per API function: both transports validate with these. */
export const apiInputSchemas = {
  listDeals: z.object({}).strict(),
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
} as const;

export type ApiFunctionName = keyof typeof apiInputSchemas;
export const API_FUNCTION_NAMES = Object.keys(apiInputSchemas) as ApiFunctionName[];

export type ApiInput<K extends ApiFunctionName> = z.infer<(typeof apiInputSchemas)[K]>;

/** What each function answers on success. */
export interface ApiOutputs {
  listDeals: WorkspaceListing;
  getDeal: Deal;
  createDeal: Deal;
  /** The deal as written: revision bumped, updatedAt set. */
  saveDeal: Deal;
  deleteDeal: { readonly id: string };
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
  return Object.prototype.hasOwnProperty.call(apiInputSchemas, name);
}

/** HTTP transport: `POST /api/<function name>` with the input as JSON; answers an ApiResult. */
export const API_HTTP_PREFIX = '/api/';
