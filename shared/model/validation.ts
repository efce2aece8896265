// Turns zod issues into messages that name the field path and the reason.
import type { z } from 'zod';
import { dealSchema, type Deal } from './deal-schema';

/** One reason a value broke the format: `path` reads like `stakeholders[2].influence`. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
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

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: formatFieldPath(issue.path),
    message: issue.message,
  }));
}

/** Validates an unknown value as a deal file v1. */
export function validateDeal(value: unknown): DealValidation {
  const result = dealSchema.safeParse(value);
  return result.success
    ? { ok: true, deal: result.data }
    : { ok: false, issues: toFieldIssues(result.error) };
}
