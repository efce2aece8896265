// Reads a deal of any supported version and turns zod issues into messages naming the field path.
import type { z } from 'zod';
import { orList, messageRef, type MessageRef } from '../i18n/message-ref';
import { compiledDealSchema, compiledDealSchemaV1 } from './compiled-deal-schemas';
import { DEAL_SCHEMA_VERSION, type Deal } from './deal-schema';
import { DEAL_SCHEMA_VERSION_V1 } from './deal-schema-v1';
import { tryMigrateDeal } from './migrate-deal';
import { zodIssueReason } from './field-issue-reason';

/** The deal file versions this Dealmap reads; it writes only the last. */
export const SUPPORTED_DEAL_SCHEMA_VERSIONS = [DEAL_SCHEMA_VERSION_V1, DEAL_SCHEMA_VERSION] as const;

/** One reason a value broke the format: `path` reads like `stakeholders[2].influence`. */
export interface FieldIssue {
  readonly path: string;
  /** The reason in English, in the schema's own words (the host's messages and logs print it). */
  readonly message: string;
  /** The same reason as a message built from the issue's structure, for readers of other languages (`fileProblemText`). */
  readonly reason?: MessageRef;
}

export type DealValidation =
  | { readonly ok: true; readonly deal: Deal }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Formats a zod path as `a.b[2].c`; the empty path is the document itself. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(document)' : out;
}

/** `input` is the value parsed: what a wrong field holds is read from it ("expected a number, got a text"). */
export function toFieldIssues(error: z.ZodError, input?: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    const reason = zodIssueReason(issue, input);
    return { path: formatFieldPath(issue.path), message: issue.message, ...(reason === undefined ? {} : { reason }) };
  });
}

const UNSUPPORTED_VERSION_MESSAGE = `expected ${SUPPORTED_DEAL_SCHEMA_VERSIONS.join(' or ')}, the deal file versions this Dealmap reads`;

function schemaVersionOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'schemaVersion' in value ? value.schemaVersion : undefined;
}

function failure(error: z.ZodError, input: unknown): DealValidation {
  return { ok: false, issues: toFieldIssues(error, input) };
}

const UNSUPPORTED_VERSION_REASON: MessageRef = messageRef('file-problems.unsupported-version', { versions: orList(SUPPORTED_DEAL_SCHEMA_VERSIONS.map(String)) });

/**
 * Validates an unknown value as a deal file of a supported version. A v1 file is checked with the
 * v1 rules, then migrated to v2 in memory; the deal returned is always v2. Paths are the file's.
 */
export function validateDeal(value: unknown): DealValidation {
  // Compiled schemas: the same answers and issues, in about half the CPU (see compiled-deal-schemas.ts).
  if (schemaVersionOf(value) === DEAL_SCHEMA_VERSION_V1) {
    const v1 = compiledDealSchemaV1().safeParse(value);
    if (!v1.success) return failure(v1.error, value);
    const migrated = tryMigrateDeal(v1.data);
    return migrated.success ? { ok: true, deal: migrated.data } : failure(migrated.error, v1.data);
  }
  const result = compiledDealSchema().safeParse(value);
  if (result.success) return { ok: true, deal: result.data };
  const issues = toFieldIssues(result.error, value).map((issue) =>
    issue.path === 'schemaVersion' ? { path: issue.path, message: UNSUPPORTED_VERSION_MESSAGE, reason: UNSUPPORTED_VERSION_REASON } : issue,
  );
  return { ok: false, issues };
}
