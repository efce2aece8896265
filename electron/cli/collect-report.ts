// Reads a workspace folder or one deal file and qualifies every readable deal as of a review date.
import { dealmapIntl, messageRef, renderMessage, type Language, type MessageRef } from '../../shared/i18n';
import { fileProblemText } from '../../shared/model/file-problem-text';
import { LISTING_WORKER_URL } from '../services/index/listing-worker-url';
import { readdir, stat } from 'node:fs/promises';
import type { DealSummary } from '../../shared/pipeline/deal-summary';
import { basename, dirname, join, resolve } from 'node:path';
import {
  defaultWorkspaceSettings,
  WORKSPACE_SETTINGS_FILE,
  type WorkspaceSettings,
} from '../../shared/settings/workspace-settings';
import { indexFilePath } from '../services/index/index-location';
import { openWorkspaceIndex } from '../services/index/workspace-index';
import { rememberedFingerprint } from '../services/remembered-fingerprint';
import { reviewDay } from '../../shared/engine/review-date';
import { ENGINE_RULES_VERSION } from '../../shared/engine/rules-version';
import { settingsFingerprint } from '../../shared/settings/workspace-settings';
import { cachedReportSteps, openReportCache, type RowCacheFiles } from './cached-report-steps';
import { collectGarbage } from './collect-garbage';
import { reportingListingThreads } from './report-listing-threads';
import { rowCachePath, writeRowCache } from './report-row-cache';
import { readDealFile } from '../services/read-deal-file';
import { readWorkspaceSettings } from '../services/settings-store';
import { DEALS_FOLDER, dealsFolder } from '../services/workspace-paths';
import { reportDeal, type ReportedDeal } from './report-deal';
import { POOL_MIN_DEALS, REPORT_WORKER_URL, reportSteps, reportWorkerCount, startReportThreads, type ReportThreads } from './report-pool';
import { reportedRowSpan, type ReportJob, type ReportStep } from './report-step';
import { TOP_ACTIONS, topActions, type TopAction } from './top-actions';

export { TOP_ACTIONS, type TopAction } from './top-actions';

export { REPORTED_ACTIONS, type ReportedAction, type ReportedCriterion, type ReportedDeal, type ReportedGap } from './report-deal';

export interface ReportError {
  readonly file: string;
  readonly message: string;
}

/** The `--json` document, field for field. */
export interface DealReport {
  readonly deals: readonly ReportedDeal[];
  /** The TOP_ACTIONS heaviest actions of all open deals, by weight (amount factor included). */
  readonly topActions: readonly TopAction[];
  readonly errors: readonly ReportError[];
}

/** A target the report cannot start on at all: a usage error, not a deal error; `reason` says why in any language. */
export class ReportTargetError extends Error {
  constructor(readonly reason: MessageRef) {
    super(renderMessage(dealmapIntl('en'), reason));
  }
}

async function kindOf(path: string): Promise<'file' | 'folder' | 'missing'> {
  const info = await stat(path).catch(() => null);
  if (info === null) return 'missing';
  return info.isDirectory() ? 'folder' : 'file';
}

interface SettingsRead {
  readonly settings: WorkspaceSettings;
  readonly errors: readonly ReportError[];
}

/**
 * The workspace's settings (defaults without a settings file). A file that cannot be read is
 * reported as an error and the defaults are used, so the deals are still reported.
 */
async function readSettings(workspace: string | null): Promise<SettingsRead> {
  if (workspace === null) return { settings: defaultWorkspaceSettings(), errors: [] };
  try {
    return { settings: await readWorkspaceSettings(workspace), errors: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `${reason} This report uses the default settings.`;
    return { settings: defaultWorkspaceSettings(), errors: [{ file: WORKSPACE_SETTINGS_FILE, message }] };
  }
}

/** A deal file inside `<workspace>/deals/` belongs to that workspace and reads its settings. */
function workspaceOfDealFile(path: string): string | null {
  const folder = dirname(path);
  return basename(folder) === DEALS_FOLDER ? dirname(folder) : null;
}

/** Where a streamed report goes: each deal as soon as it is reported, nothing kept; a promise makes the report wait (a slow output). */
export type ReportedDealSink = (deal: ReportedDeal) => unknown;

/** The heaviest actions of `kept` and of one more deal's own heaviest: only TOP_ACTIONS are kept while 50,000 deals stream past. */
function mergeTop(kept: readonly TopAction[], candidates: readonly TopAction[]): TopAction[] {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...kept, ...candidates].sort((a, b) => b.weight - a.weight || byText(a.dealId, b.dealId) || byText(a.id, b.id)).slice(0, TOP_ACTIONS);
}

export interface StreamReportOptions {
  /** Worker threads for the deals; by default reportWorkerCount (none for a small workspace). */
  readonly workers?: number;
  /** Called once before any deal with the listing's summaries of the deals about to be reported, in that order (a workspace only). */
  readonly listed?: (deals: readonly DealSummary[]) => void;
  /** The language each deal's messages are rendered in beside their keys; English by default. */
  readonly language?: Language;
  /**
   * `--json` only: keep each deal's row beside the workspace index and reuse it while the file,
   * the code, the review date, the settings and the language are the same; by default from
   * POOL_MIN_DEALS deals on, where threads would report them.
   */
  readonly rowCache?: boolean;
}

/** A sink's answer: a promise the report waits for, anything else nothing. */
function waitFor(answer: unknown): Promise<void> | undefined {
  return answer instanceof Promise ? answer.then(() => undefined) : undefined;
}

/** What the listing qualifies deal files on: the listing's own threads, or the report's (report-listing-threads.ts). */
type ListingThreadsOf = Parameters<typeof openWorkspaceIndex>[2];

/** Each reported deal, as an object or as its JSON text; `rest` is what the whole report adds. */
type DealHandler = (step: Extract<ReportStep, { kind: 'deal' | 'json' }>) => Promise<void> | undefined;

async function dealFilesIn(folder: string): Promise<number> {
  const names = await readdir(folder).catch(() => []);
  return names.filter((name) => name.endsWith('.json')).length;
}

/**
 * The listing's ids and problems; the summaries go to `listed` and are let go, and so is the index
 * (50,000 entries) once its writes are done: only `flushed` is kept.
 */
async function listWorkspace(path: string, asOf: string, settings: WorkspaceSettings, listed: StreamReportOptions['listed'], threads: ListingThreadsOf = LISTING_WORKER_URL, language: Language = 'en') {
  const index = openWorkspaceIndex(path, undefined, threads);
  const listing = await index.list(asOf, settings);
  listed?.(listing.deals);
  const problems: ReportError[] = listing.problems.map((problem) => ({ file: problem.file, message: fileProblemText(dealmapIntl(language), problem) }));
  const ids = listing.deals.map((summary) => summary.id);
  return { flushed: index.flushed(), ids, hashes: ids.map((id) => index.contentHash(`${id}.json`)), problems };
}

async function streamSteps(target: string, cwd: string, asOf: string, json: boolean, onDeal: DealHandler, options: StreamReportOptions): Promise<Omit<DealReport, 'deals'>> {
  const path = resolve(cwd, target);
  const kind = await kindOf(path);
  if (kind === 'missing') throw new ReportTargetError(messageRef('cli-commands.no-such-target', { target }));
  if (kind === 'file') {
    const read = await readDealFile(path, target);
    if (read.kind === 'missing') throw new ReportTargetError(messageRef('cli-commands.no-such-file', { target }));
    if (read.kind !== 'deal') return { topActions: [], errors: [{ file: read.problem.file, message: fileProblemText(dealmapIntl(options.language ?? 'en'), read.problem) }] };
    const { settings, errors } = await readSettings(workspaceOfDealFile(path));
    const reading = reportDeal(read.deal, asOf, settings, options.language);
    const top = topActions([{ dealId: reading.reported.id, ranked: reading.ranked }], TOP_ACTIONS, options.language);
    await onDeal(json ? { kind: 'json', text: JSON.stringify(reading.reported), top, id: reading.reported.id, hash: '', span: reportedRowSpan(read.deal, { asOf, settings }) } : { kind: 'deal', reported: reading.reported, top });
    return { topActions: top, errors };
  }
  const folder = dealsFolder(path);
  if ((await kindOf(folder)) !== 'folder') {
    throw new ReportTargetError(messageRef(basename(path) === 'deals' ? 'cli-commands.not-workspace-deals' : 'cli-commands.not-workspace', { workspace: target }));
  }
  const { settings, errors } = await readSettings(path);
  const job = { folder, asOf, settings, json, language: options.language };
  const files = await dealFilesIn(folder);
  const workers = options.workers ?? reportWorkerCount(files);
  const cacheFiles = json && (options.rowCache ?? files >= POOL_MIN_DEALS) ? rowCacheFiles(path, job) : null;
  let cache = cacheFiles === null ? null : openReportCache(cacheFiles);
  // Without cached rows the threads load while the workspace is listed (both take about a second at
  // 50,000 deals); with them, only once the listing shows enough deals changed.
  let threads: ReportThreads | null = cache === null || cache.size === 0 ? startReportThreads(job, workers) : null;
  let started = threads !== null;
  const threadsNow = () => {
    if (!started) threads = startReportThreads(job, workers);
    started = true;
    return threads;
  };
  // Every row cached (after a cold listing reported them all, say): idle threads hold a few hundred MB.
  const noThreads = () => {
    const idle = threads;
    threads = null;
    started = true;
    idle?.stop().catch(() => undefined);
  };
  // No cached row: each file the listing must qualify (all of them without an index) is reported by the
  // same thread from the same reading, into a new cache the report then reads back.
  const listingRows = cacheFiles !== null && cache?.size === 0 && threads !== null ? writeRowCache(cacheFiles.path, path, cacheFiles.key) : null;
  try {
    const reporting = threads;
    const { flushed, ids, hashes, problems } = await listWorkspace(
      path,
      asOf,
      settings,
      options.listed,
      listingRows === null || reporting === null ? LISTING_WORKER_URL : () => reportingListingThreads(reporting, listingRows),
      options.language,
    );
    if (files >= POOL_MIN_DEALS) {
      // The index and the garbage of its listing (about 200 MB at 50,000 deals), let go before report threads start beside them;
      // a cold report's threads reported during the listing and stop as the rows are read back, so it does not wait.
      if (listingRows === null) await flushed;
      collectGarbage();
    }
    if (listingRows !== null && cacheFiles !== null) {
      listingRows.commit(cache?.data ?? null);
      cache = openReportCache(cacheFiles);
    }
    let top: TopAction[] = [];
    const floor = () => (top.length < TOP_ACTIONS ? -Infinity : (top[TOP_ACTIONS - 1] as TopAction).weight);
    const steps =
      cache === null || cacheFiles === null
        ? reportSteps(job, ids, threads)
        : cachedReportSteps({ job, ids, hashes, cache, files: cacheFiles, threads: threadsNow, noThreads, floor });
    for await (const step of steps) {
      if (step.kind === 'problem') problems.push({ file: step.file, message: step.message });
      if (step.kind === 'gone' || step.kind === 'problem') continue;
      const wait = onDeal(step);
      if (wait !== undefined) await wait;
      if (step.top.length > 0) top = mergeTop(top, step.top);
    }
    await flushed;
    return { topActions: top, errors: [...errors, ...problems] };
  } finally {
    listingRows?.abort();
    cache?.close();
    await (threads as ReportThreads | null)?.stop();
  }
}

/** Where the report's row cache of `workspace` lives (beside its index) and its key; null where the reporting code cannot be fingerprinted. */
function rowCacheFiles(workspace: string, job: ReportJob): RowCacheFiles | null {
  const index = indexFilePath(workspace);
  // Remembered beside the indexes while no file of the reporting code changed: bundling it took about 0.5 s of every report.
  const code = rememberedFingerprint(REPORT_WORKER_URL, join(dirname(index), 'report-code.json'));
  if (code === null) return null;
  const key = [code, `rules-${ENGINE_RULES_VERSION}`, settingsFingerprint(job.settings), job.language ?? 'en'].join('|');
  return { path: rowCachePath(index), workspace, key, day: reviewDay(job.asOf) };
}

/**
 * The report of `target` (typed by the user, resolved against `cwd`; file names in errors keep the
 * user's spelling), each deal handed to `sink` as soon as it is reported and then let go: a
 * workspace of 50,000 deals never sits in memory whole. Deals come in the listing's order (name,
 * then id), which the workspace index gives without reading unchanged files.
 */
export async function streamReport(
  target: string,
  cwd: string,
  asOf: string,
  sink: ReportedDealSink,
  options: StreamReportOptions = {},
): Promise<Omit<DealReport, 'deals'>> {
  return streamSteps(target, cwd, asOf, false, (step) => {
    return step.kind === 'deal' ? waitFor(sink(step.reported)) : undefined;
  }, options);
}

/** A deal's `--json` row as streamReportJson hands it: text reported now, or the row cache's bytes. */
export type JsonRow = string | Uint8Array;

/** A row as text, whichever form it came in. */
export function rowText(row: JsonRow): string {
  return typeof row === 'string' ? row : Buffer.from(row.buffer, row.byteOffset, row.byteLength).toString('utf8');
}

/** streamReport with each deal as its JSON, made where the deal was reported (on its thread) or kept by the row cache. */
export async function streamReportJson(
  target: string,
  cwd: string,
  asOf: string,
  sink: (row: JsonRow) => unknown,
  options: StreamReportOptions = {},
): Promise<Omit<DealReport, 'deals'>> {
  return streamSteps(target, cwd, asOf, true, (step) => {
    return step.kind === 'json' ? waitFor(sink(step.text)) : undefined;
  }, options);
}

/** The whole report in memory: for one deal file, tests, and callers that want every deal at once. */
export async function collectReport(target: string, cwd: string, asOf: string, options: StreamReportOptions = {}): Promise<DealReport> {
  const deals: ReportedDeal[] = [];
  const rest = await streamReport(target, cwd, asOf, (deal) => deals.push(deal), options);
  return { deals, ...rest };
}
