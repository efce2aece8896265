// One deal file of a streamed report: read, reported, and its share of the cross-deal top actions.
import { join } from 'node:path';
import { dealmapIntl, type Language } from '../../shared/i18n';
import type { Deal } from '../../shared/model/deal-schema';
import { fileProblemText } from '../../shared/model/file-problem-text';
import type { WorkspaceSettings } from '../../shared/settings/workspace-settings';
import { qualificationSpan, type QualificationSpan } from '../../shared/engine/qualification-span';
import { reviewDay } from '../../shared/engine/review-date';
import { summarizeDeal } from '../../shared/pipeline/deal-summary';
import { outcomeOf } from '../services/index/qualify-deal-text';
import { contentHash, readListedFile, type ThreadRead } from '../services/index/read-listed-file';
import { judgeDealText, readDealFileSync } from '../services/read-deal-file';
import { DEALS_FOLDER } from '../services/workspace-paths';
import { reportDeal, type ReportedDeal } from './report-deal';
import { rowBytesOf, rowSpan, type RowBytes } from './report-row-cache';
import { TOP_ACTIONS, topActions, type TopAction } from './top-actions';

/** What one listed deal file gives the report; plain data, so a worker thread can send it. */
export type ReportStep =
  | { readonly kind: 'deal'; readonly reported: ReportedDeal; readonly top: readonly TopAction[] }
  /**
   * The same as JSON (ReportJob.json): text a thread hands back (cheaper to send than the object),
   * or the bytes the row cache kept (written out without decoding); the writer only writes it.
   */
  | { readonly kind: 'json'; readonly text: string | Uint8Array; readonly top: readonly TopAction[]; readonly id: string; readonly hash: string; readonly span: QualificationSpan }
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

/** The review days the report row of `deal` holds on (rowSpan). */
export function reportedRowSpan(deal: Deal, job: Pick<ReportJob, 'asOf' | 'settings'>): QualificationSpan {
  return rowSpan(qualificationSpan(deal, job), reviewDay(job.asOf));
}

/** Deal `id` of the listing, read again now: a problem since the listing is reported; a removed file is simply gone. */
export function reportStep(job: ReportJob, id: string): ReportStep {
  let hash = '';
  // The hash of the bytes reported, as the index computes it: the report's row cache keys on it.
  const seen = job.json === true ? (text: string) => (hash = contentHash(text)) : undefined;
  const read = readDealFileSync(join(job.folder, `${id}.json`), `${DEALS_FOLDER}/${id}.json`, seen);
  if (read.kind === 'problem') return { kind: 'problem', file: read.problem.file, message: fileProblemText(dealmapIntl(job.language ?? 'en'), read.problem) };
  if (read.kind !== 'deal') return { kind: 'gone' };
  const reading = reportDeal(read.deal, job.asOf, job.settings, job.language);
  // Only the deal's own heaviest TOP_ACTIONS can reach the workspace's TOP_ACTIONS.
  const top = reading.ranked.length > 0 ? topActions([{ dealId: reading.reported.id, ranked: reading.ranked }], TOP_ACTIONS, job.language) : [];
  return job.json === true
    ? { kind: 'json', text: JSON.stringify(reading.reported), top, id, hash, span: reportedRowSpan(read.deal, job) }
    : { kind: 'deal', reported: reading.reported, top };
}

/** A report row as the row cache keeps it (rowBytesOf), made on the thread that reported the deal. */
export interface ListedRow extends RowBytes {
  readonly id: string;
  readonly hash: string;
}

/** A deal file a listing asked a report thread to read: what the index keeps of it, and its report row (a deal only) for the row cache. */
export interface ListedReport {
  readonly read: ThreadRead;
  readonly row: ListedRow | null;
}

/**
 * What the listing (a listing thread's ThreadRead) and the report (reportStep, `--json`) make of one
 * deal file, from one reading, parse, validation and qualification: a cold report reads each deal
 * file once, and its index summary is the report's own qualification.
 */
export function reportListedFile(job: ReportJob, name: string): ListedReport {
  const read = readListedFile(job.folder, name);
  if (read.kind === 'refused') return { read, row: null };
  const { text, ...keyed } = read;
  const judged = judgeDealText(text, name, `${DEALS_FOLDER}/${name}`);
  if (judged.kind !== 'deal') return { read: { ...keyed, outcome: outcomeOf(judged, job) }, row: null };
  const reading = reportDeal(judged.deal, job.asOf, job.settings, job.language);
  const span = qualificationSpan(judged.deal, job);
  const outcome = { summary: summarizeDeal(judged.deal, reading.qualification), span };
  const top = reading.ranked.length > 0 ? topActions([{ dealId: reading.reported.id, ranked: reading.ranked }], TOP_ACTIONS, job.language) : [];
  return { read: { ...keyed, outcome }, row: { id: reading.reported.id, hash: read.hash, ...rowBytesOf(JSON.stringify(reading.reported), top, rowSpan(span, reviewDay(job.asOf))) } };
}
