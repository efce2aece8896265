// What every workspace file reader says about a file it cannot use: one line naming file, field and reason.
import type { DealFileProblem } from '../../shared/api/contract';
import type { FieldIssue } from '../../shared/model/validation';
import { messageRef, type MessageRef } from '../../shared/i18n/message-ref';
import { JsonSyntaxError, UnsafeFileError } from './read-json-file';

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

/** The system's code of a failed read (EACCES, EIO, …), if it has one. */
function systemCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}

/** unreadableReason as a message: where the JSON broke, why the file is unsafe, or the system's reason. */
function unreadableReasonRef(error: unknown): MessageRef {
  if (error instanceof JsonSyntaxError || error instanceof UnsafeFileError) return error.reason;
  if (error instanceof SyntaxError) return messageRef('file-problems.json');
  const code = systemCode(error);
  if (code === 'EACCES' || code === 'EPERM') return messageRef('file-problems.no-permission');
  return messageRef('file-problems.unreadable', { detail: errorReason(error) });
}

/** The issue of a file that could not be read, is unsafe to read or is not JSON: the English reason, and the same as a message. */
export function unreadableIssue(error: unknown): FieldIssue {
  return { path: '(document)', message: unreadableReason(error), reason: unreadableReasonRef(error) };
}
