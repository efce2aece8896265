// `dealmap review <workspace>`: the pipeline summary and each deal's changes since a review.
import { serviceErrorText } from './service-error-text';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ReviewChangesReport } from '../../shared/api/contract';
import { isReviewSince } from '../../shared/review/review-ids';
import { createDealmapServices } from '../services/dealmap-services';
import { DealmapApiError } from '../services/dealmap-api-error';
import { dealsFolder } from '../services/workspace-paths';
import { sinceUsageError, type ReviewCommand } from './cli-args';
import { dealmapIntl, messageRef, renderedMessage, renderMessage, type DealmapIntl, type Language, type RenderedMessage } from '../../shared/i18n';
import type { DealChange, DealChanges } from '../../shared/review/change-types';
import type { CliIo } from './cli-io';
import { formatPipelineOverview, formatReviewChanges } from './format-review-text';

/** A change as `--json` prints it: its line as key and values, the text in the chosen language beside them. */
export type ReportedChange = Omit<DealChange, 'line'> & { readonly line: RenderedMessage };

/** The `--json` document, field for field: only deals with changes are listed. */
export interface ReviewDocument {
  readonly review: ReviewChangesReport['review'];
  readonly asOf: string;
  readonly summary: ReviewChangesReport['changes']['summary'];
  readonly deals: readonly (Omit<DealChanges, 'changes'> & { readonly changes: readonly ReportedChange[] })[];
  readonly errors: readonly { readonly file: string; readonly message: string }[];
}

async function isFolder(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  return info?.isDirectory() ?? false;
}

function toDocument(report: ReviewChangesReport, intl: DealmapIntl): ReviewDocument {
  return {
    review: report.review,
    asOf: report.asOf,
    summary: report.changes.summary,
    deals: report.changes.deals
      .filter((deal) => deal.changes.length > 0)
      .map((deal) => ({ ...deal, changes: deal.changes.map((change) => ({ ...change, line: renderedMessage(intl, change.line) })) })),
    errors: report.problems.map(({ file, message }) => ({ file, message })),
  };
}

function printText(report: ReviewChangesReport, command: ReviewCommand, io: CliIo, intl: DealmapIntl): void {
  if (report.review === null) {
    io.stdout.write(`${renderMessage(intl, messageRef('cli.review.no-review', { workspace: command.workspace }))}\n`);
    io.stdout.write(formatPipelineOverview(report, intl));
  } else {
    io.stdout.write(formatReviewChanges(report, intl));
  }
  for (const problem of report.problems) io.stderr.write(`${renderMessage(intl, messageRef('cli-commands.error-line', { message: problem.message }))}\n`);
}

/** Exit statuses: 0 every file read, 1 some deal or review files could not be read, 2 usage error or no such review. */
export async function runReviewCommand(command: ReviewCommand, io: CliIo, cwd: string, language: Language = 'en'): Promise<number> {
  const intl = dealmapIntl(language);
  const workspace = resolve(cwd, command.workspace);
  if (!(await isFolder(dealsFolder(workspace)))) {
    // Given the deals/ folder itself, say which folder to pass instead.
    const id = basename(workspace) === 'deals' ? 'cli-commands.not-workspace-deals' : 'cli-commands.not-workspace';
    io.stderr.write(`dealmap: ${renderMessage(intl, messageRef(id, { workspace: command.workspace }))}\n`);
    return 2;
  }
  if (command.since !== undefined && !isReviewSince(command.since)) {
    io.stderr.write(`dealmap: ${renderMessage(intl, sinceUsageError(command.since))}\n`);
    return 2;
  }
  let report: ReviewChangesReport;
  try {
    const services = createDealmapServices({ workspace });
    report = await services.reviewChanges({ asOf: command.asOf, ...(command.since === undefined ? {} : { since: command.since }) });
  } catch (error) {
    if (!(error instanceof DealmapApiError)) throw error;
    io.stderr.write(`dealmap: ${serviceErrorText(intl, error)}\n`);
    return error.code === 'not-found' ? 2 : 1;
  }
  if (command.json) io.stdout.write(`${JSON.stringify(toDocument(report, intl))}\n`);
  else printText(report, command, io, intl);
  return report.problems.length > 0 ? 1 : 0;
}
