// What every workspace file reader says about a file it cannot use: one line naming file, field and reason.
import type { DealFileProblem } from '../../shared/api/contract';
import type { FieldIssue } from '../../shared/model/validation';
import { messageRef, type MessageRef } from '../../shared/i18n/message-ref';
import { UnsafeFileError } from './read-json-file';

/** The problem of `file` (relative to the workspace): its first issue in one line, every issue kept. */
export function fileProblem(file: string, issues: readonly FieldIssue[]): DealFileProblem {
  const first = issues[0];
  const message =
    first === undefined
      ? `${file}: unreadable`
      : first.path === '(document)'
        ? `${file}: ${first.message}`
        : `${file}: ${first.path}: ${first.message}`;
  return { file, message, issues };
}

export function errorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A newer schemaVersion deserves its own message: the file is fine, this Dealmap is too old. */
export function newerVersionIssue(value: unknown, readsUpTo: number): FieldIssue | undefined {
  if (typeof value !== 'object' || value === null || !('schemaVersion' in value)) return undefined;
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version <= readsUpTo) return undefined;
  return {
    path: 'schemaVersion',
    message: `version ${version} is newer than this Dealmap reads (${readsUpTo}); update Dealmap to open it`,
    reason: messageRef('file-problems.newer-version', { version, readsUpTo }),
  };
}

/** Why a file's read failed, in the words of a problem message: bad JSON, refused as unsafe, or the system's reason. */
export function unreadableReason(error: unknown): string {
  if (error instanceof SyntaxError) return `not valid JSON: ${error.message}`;
  if (error instanceof UnsafeFileError) return error.message;
  return `could not be read: ${errorReason(error)}`;
}

/** Where JSON.parse stopped, as line and column of `text`; the end of the text when it was cut off. */
function jsonSyntaxReason(text: string, error: SyntaxError): MessageRef {
  const at = /at position (\d+)/.exec(error.message);
  const body = text.replace(/^\uFEFF/, '');
  if (/end of JSON input/.test(error.message) || (at !== null && Number(at[1]) >= body.trimEnd().length)) return messageRef('file-problems.json-end');
  if (at === null) return messageRef('file-problems.json');
  const before = body.slice(0, Number(at[1])).split(/\r\n|\r|\n/);
  return messageRef('file-problems.json-at', { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 });
}

/** The issue of a file whose text is not JSON (or unsafe to read): English as before, with its position as a message. */
export function unreadableIssue(error: unknown, text?: string): FieldIssue {
  const message = unreadableReason(error);
  return error instanceof SyntaxError && text !== undefined ? { path: '(document)', message, reason: jsonSyntaxReason(text, error) } : { path: '(document)', message };
}
