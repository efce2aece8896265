// A file problem's line in the reader's language: the file and field as written, the reason translated where it has a message.
import { renderMessage, type DealmapIntl } from '../i18n/dealmap-intl';
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { FieldIssue } from './validation';

/** The issue's reason: English in the schema's own words, other languages from its structure (`FieldIssue.reason`). */
export function fieldIssueText(intl: DealmapIntl, issue: FieldIssue): string {
  return intl.language === 'en' || issue.reason === undefined ? issue.message : renderMessage(intl, issue.reason);
}

/**
 * A problem's one line (`deals/acme.json: stakeholders[0].influence: …`) with its first issue's
 * reason in the reader's language; the rest of the line names the file and field as written.
 */
export function fileProblemText(intl: DealmapIntl, problem: { readonly message: string; readonly issues: readonly FieldIssue[] }): string {
  const first = problem.issues[0];
  if (first === undefined || !problem.message.endsWith(first.message)) return problem.message;
  return `${problem.message.slice(0, problem.message.length - first.message.length)}${fieldIssueText(intl, first)}`;
}

/** The same line as a message inside another one (a merge note): the reason from its structure, else the English line. */
export function fileProblemRef(problem: { readonly message: string; readonly issues: readonly FieldIssue[] }): MessageRef | string {
  const first = problem.issues[0];
  if (first?.reason === undefined || !problem.message.endsWith(first.message)) return problem.message;
  return messageRef('file-problems.line', { where: problem.message.slice(0, problem.message.length - first.message.length), reason: first.reason });
}
