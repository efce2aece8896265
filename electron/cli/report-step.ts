// One deal file of a streamed report: read, reported, and its share of the cross-deal top actions.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { dealmapIntl, type Language } from '../../shared/i18n';
import { fileProblemText } from '../../shared/model/file-problem-text';
import type { WorkspaceSettings } from '../../shared/settings/workspace-settings';
import { outcomeOf, type Outcome } from '../services/index/qualify-deal-text';
import { judgeDealText, readDealFileSync } from '../services/read-deal-file';
import { DEALS_FOLDER } from '../services/workspace-paths';
import { reportDeal, type ReportedDeal } from './report-deal';
import { TOP_ACTIONS, topActions, type TopAction } from './top-actions';

/** What one listed deal file gives the report; plain data, so a worker thread can send it. */
export type ReportStep =
  | { readonly kind: 'deal'; readonly reported: ReportedDeal; readonly top: readonly TopAction[] }
  /** The same as JSON text (ReportJob.json): a thread hands back a string, cheaper to send than the object, and the writer only writes it. */
  | { readonly kind: 'json'; readonly text: string; readonly top: readonly TopAction[]; readonly id: string; readonly hash: string }
  | { readonly kind: 'problem'; readonly file: string; readonly message: string }
  | { readonly kind: 'gone' };

export interface ReportJob {
  /** The workspace's `deals/` folder. */
  readonly folder: string;
  readonly asOf: string;
  readonly settings: WorkspaceSettings;
  /** Each deal as its JSON text rather than as an object. */
  readonly json?: boolean;
  /** The language messages are rendered in beside their keys; English when left out. */
  readonly language?: Language;
}

/** Deal `id` of the listing, read again now: a problem since the listing is reported; a removed file is simply gone. */
export function reportStep(job: ReportJob, id: string): ReportStep {
  let hash = '';
  // The hash of the bytes reported, as the index computes it: the report's row cache keys on it.
  const seen = job.json === true ? (text: string) => (hash = createHash('sha1').update(text).digest('hex')) : undefined;
  const read = readDealFileSync(join(job.folder, `${id}.json`), `${DEALS_FOLDER}/${id}.json`, seen);
  if (read.kind === 'problem') return { kind: 'problem', file: read.problem.file, message: fileProblemText(dealmapIntl(job.language ?? 'en'), read.problem) };
  if (read.kind !== 'deal') return { kind: 'gone' };
  const reading = reportDeal(read.deal, job.asOf, job.settings, job.language);
  // Only the deal's own heaviest TOP_ACTIONS can reach the workspace's TOP_ACTIONS.
  const top = reading.ranked.length > 0 ? topActions([{ dealId: reading.reported.id, ranked: reading.ranked }], TOP_ACTIONS, job.language) : [];
  return job.json === true ? { kind: 'json', text: JSON.stringify(reading.reported), top, id, hash } : { kind: 'deal', reported: reading.reported, top };
}

/** A deal file's text as a listing read it, sent to a report thread to be summarised and reported at once. */
export interface ListedText {
  /** The file's name, `acme.json`. */
  readonly name: string;
  readonly text: string;
}

/** A listed text's outcome for the index, and its report row (a deal only) for the row cache. */
export interface ListedReport {
  readonly outcome: Outcome;
  readonly row: { readonly id: string; readonly hash: string; readonly text: string; readonly top: readonly TopAction[] } | null;
}

/**
 * What the listing (qualifyDealText) and the report (reportStep, `--json`) make of one text, from
 * one parse and validation: a cold report reads and validates each deal file once, not twice.
 */
export function reportListedText(job: ReportJob, { name, text }: ListedText): ListedReport {
  const judged = judgeDealText(text, name, `${DEALS_FOLDER}/${name}`);
  const outcome = outcomeOf(judged, { asOf: job.asOf, settings: job.settings });
  if (judged.kind !== 'deal') return { outcome, row: null };
  const reading = reportDeal(judged.deal, job.asOf, job.settings, job.language);
  const top = reading.ranked.length > 0 ? topActions([{ dealId: reading.reported.id, ranked: reading.ranked }], TOP_ACTIONS, job.language) : [];
  const hash = createHash('sha1').update(text).digest('hex');
  return { outcome, row: { id: reading.reported.id, hash, text: JSON.stringify(reading.reported), top } };
}
