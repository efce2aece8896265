// The workspace listing through the index: a warm open stats every deal file and reads only those that changed.
import { lstat, lstatSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { DealFileProblem, WorkspaceListing } from '../../../shared/api/contract';
import { withinSpan } from '../../../shared/engine/qualification-span';
import { reviewDay } from '../../../shared/engine/review-date';
import { ENGINE_RULES_VERSION } from '../../../shared/engine/rules-version';
import type { QualifyOptions } from '../../../shared/engine/types';
import type { DealSummary } from '../../../shared/pipeline/deal-summary';
import { settingsFingerprint, type WorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { dealFileNames } from '../list-deals';
import { readCheckedDealText, readDealFile } from '../read-deal-file';
import { DEALS_FOLDER, dealsFolder } from '../workspace-paths';
import { identity, isRacy } from './file-identity';
import { indexFilePath } from './index-location';
import { loadIndex, saveIndex, type IndexEntry } from './index-store';
import { lazyListingThreads, type ListingThreads } from './listing-threads';
import { qualifyDealText, type Outcome } from './qualify-deal-text';
import { contentHash } from './read-listed-file';
import { repeatedListing } from './repeated-listing';

const STAT_CONCURRENCY = 128;
/**
 * Known files stat'ed with blocking calls per turn of the event loop: lstatSync costs about 4 µs a
 * file against about 11 µs through the callback form (50,000 files: 0.2 s of CPU against 0.5 s),
 * and 2,000 of them hold the loop for under 10 ms.
 */
const SYNC_STATS_PER_TURN = 2_000;

export interface ListingProgress {
  readonly done: number;
  readonly total: number;
}

/** The named deal files as they are now: summaries, problems, and the names no longer there. */
export interface FileOutcomes {
  readonly deals: readonly DealSummary[];
  readonly problems: readonly DealFileProblem[];
  /** File names (`acme.json`) that are gone. */
  readonly gone: readonly string[];
}

export interface IndexedWorkspace {
  list(asOf: string, settings: WorkspaceSettings): Promise<WorkspaceListing>;
  /** Only the named deal files (`acme.json`), checked on disk and kept in the index. */
  files(names: readonly string[], asOf: string, settings: WorkspaceSettings): Promise<FileOutcomes>;
  /** How far the listing under way is; null when none is. */
  progress(): ListingProgress | null;
  /** Resolves once the index writes under way are on disk. */
  flushed(): Promise<void>;
  /**
   * A watcher saw these deal files change (names like `acme.json`; null: it could not say which).
   * While a watcher reports, a listing re-checks only those files and new ones, not all 50,000.
   */
  noteChanges(names: readonly string[] | null): void;
  /**
   * Hears of deal files (`acme.json`) that a background check found changed since the index
   * answered from trust (see list): the page should fetch them again.
   */
  onOutdated(listener: (names: readonly string[]) => void): void;
  /** SHA-1 of deal file `name`'s bytes as the last listing read or trusted them; undefined when it has none. */
  contentHash(name: string): string | undefined;
}

/** Even with a watcher, every file is checked again this often: watchers can miss events (network shares). */
const TRUST_WATCHER_MS = 60_000;

// The callback form without bigint: for 50,000 files it is several times faster than fs/promises.
function statOf(path: string): Promise<Stats | null> {
  return new Promise((resolve) => lstat(path, (error, stats) => resolve(error ? null : stats)));
}


// One collator for every comparison: String.localeCompare builds one per call, seconds for 50,000 names.
const collator = new Intl.Collator('en');

/** Name first (as people read it, as compareDeals), then id so the order is total. */
export function compareSummaries(a: DealSummary, b: DealSummary): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}


/**
 * The key of every problem entry: a problem holds whatever the settings and the day, until its
 * wording changes (bump it then, so cached problems are judged again and summaries are kept).
 */
const PROBLEMS_KEY = 'problems-2';

/** How a listing qualifies: summaries under `key` (settings and engine rules) hold on the review days of their span. */
interface Qualifier {
  readonly key: string;
  /** True when the entry holds for this listing: a summary of the same key on a review day within its span, or a problem of this wording. */
  fits(entry: IndexEntry): boolean;
  qualify(text: string, name: string): Outcome;
}

function qualifierFor(asOf: string, settings: WorkspaceSettings): Qualifier {
  const key = `${settingsFingerprint(settings)}|rules-${ENGINE_RULES_VERSION}`;
  const day = reviewDay(asOf);
  const options = { asOf, settings };
  return {
    key,
    fits: (entry) => (entry.problem === null ? entry.key === key && withinSpan(entry.span, day) : entry.key === PROBLEMS_KEY),
    qualify: (text, name) => qualifyDealText(text, name, options),
  };
}

/** What the index says of a file: its problem, or its summary and the days it holds on. */
function outcomeOfEntry(entry: IndexEntry): Outcome {
  return entry.problem ? { problem: entry.problem } : { summary: entry.summary as DealSummary, span: entry.span };
}

const ANY_DAY = [null, null] as const;

function entryOf(keyed: Pick<IndexEntry, 'stat' | 'racy' | 'hash' | 'key'>, outcome: NonNullable<Outcome>): IndexEntry {
  return 'summary' in outcome
    ? { ...keyed, span: outcome.span, summary: outcome.summary, problem: null }
    : { ...keyed, key: PROBLEMS_KEY, span: ANY_DAY, summary: null, problem: outcome.problem };
}

/**
 * One index per workspace per process; `cacheFolder` is where index files go (tests pass a temp
 * folder); `listingWorker`, listing-worker.ts's URL where threads may load it (see listing-threads.ts),
 * or a function giving the threads a listing of `files` files qualifies on (the report's, which
 * report each deal from the same reading).
 */
export function openWorkspaceIndex(
  workspace: string,
  cacheFolder?: string,
  listingWorker?: URL | ((options: QualifyOptions, files: number) => ListingThreads | null),
): IndexedWorkspace {
  const path = indexFilePath(workspace, cacheFolder);
  let entries: Promise<Map<string, IndexEntry>> | null = null;
  // The entries once loaded, for contentHash's synchronous answer.
  let loadedEntries: Map<string, IndexEntry> | null = null;
  let progress: { done: number; total: number } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let saving: Promise<void> = Promise.resolve();
  // Set while a watcher reports changes: the time of the last listing that checked every file.
  let watched = false;
  let verifiedAt = -Infinity;
  let everythingChanged = false;
  const dirty = new Set<string>();
  let outdated: ((names: readonly string[]) => void) | null = null;
  const repeated = repeatedListing();

  /** Deal file `name` read on a thread (see ListingThreads.read) and indexed; undefined when no thread could: the caller reads it. */
  async function readOnThread(index: Map<string, IndexEntry>, name: string, qualifier: Qualifier, threads: ListingThreads, known: IndexEntry | undefined): Promise<Outcome | undefined> {
    const reusable = known !== undefined && qualifier.fits(known) ? known : undefined;
    const read = await threads.read(name, reusable?.hash ?? null);
    if (read === null) return undefined;
    if (read.kind === 'refused') {
      index.delete(name);
      return read.outcome;
    }
    const outcome: Outcome = read.outcome !== 'same' ? read.outcome : reusable === undefined ? null : outcomeOfEntry(reusable);
    if (outcome === null) return null;
    const { stat, racy, hash } = read;
    index.set(name, entryOf({ stat, racy, hash, key: qualifier.key }, outcome));
    return outcome;
  }

  /** `threads`: read files the index cannot vouch for there (a listing of many files), else here. */
  async function refresh(index: Map<string, IndexEntry>, name: string, qualifier: Qualifier, threads: ListingThreads | null = null): Promise<Outcome> {
    const file = `${DEALS_FOLDER}/${name}`;
    const full = join(dealsFolder(workspace), name);
    // A file the index never saw is stat'ed on the thread that reads it: a cold open stats nothing here.
    const unknown = threads !== null && !index.has(name) ? await readOnThread(index, name, qualifier, threads, undefined) : undefined;
    if (unknown !== undefined) return unknown;
    const stats = await statOf(full);
    if (stats === null) return null;
    if (!stats.isFile()) {
      // Symlinks, FIFOs, folders: never opened, never indexed; readDealFile names the problem.
      index.delete(name);
      const read = await readDealFile(full, file);
      return read.kind === 'problem' ? { problem: read.problem } : null;
    }
    const known = index.get(name);
    const stat = identity(stats);
    if (known && known.stat === stat && !known.racy && qualifier.fits(known)) return outcomeOfEntry(known);
    const threaded = threads === null ? undefined : await readOnThread(index, name, qualifier, threads, known);
    if (threaded !== undefined) return threaded;
    const read = await readCheckedDealText(full, file);
    if (!('text' in read)) {
      index.delete(name);
      return read.kind === 'problem' ? { problem: read.problem } : null;
    }
    const hash = contentHash(read.text);
    const outcome = known && known.hash === hash && qualifier.fits(known) ? outcomeOfEntry(known) : qualifier.qualify(read.text, name);
    if (outcome === null) return null;
    index.set(name, entryOf({ stat, racy: isRacy(stats, Date.now()), hash, key: qualifier.key }, outcome));
    return outcome;
  }

  /** Only the named files, checked on disk: what the page needs after a pushed change. */
  async function some(names: readonly string[], asOf: string, settings: WorkspaceSettings): Promise<FileOutcomes> {
    entries ??= loadIndex(path, workspace);
    const index = await entries;
    const qualifier = qualifierFor(asOf, settings);
    const deals: DealSummary[] = [];
    const problems: DealFileProblem[] = [];
    const gone: string[] = [];
    for (const name of names) {
      dirty.delete(name);
      const outcome = await refresh(index, name, qualifier);
      if (outcome === null) gone.push(name);
      else if ('summary' in outcome) deals.push(outcome.summary);
      else problems.push(outcome.problem);
    }
    saving = saving.then(() => saveIndex(path, workspace, index)).catch(() => undefined);
    return { deals, problems, gone };
  }

  async function list(asOf: string, settings: WorkspaceSettings, verifying = false): Promise<WorkspaceListing> {
    const started = performance.now();
    entries ??= loadIndex(path, workspace);
    const index = await entries;
    loadedEntries = index;
    // The first listing with a watcher answers from the index as loaded (files changed while no
    // Dealmap watched are shown as indexed for a moment) and checks every file right after.
    const fromTrust = !verifying && watched && verifiedAt === -Infinity && !everythingChanged && index.size > 0;
    const hashes = verifying ? new Map([...index].map(([name, entry]) => [name, entry.hash])) : null;
    const loaded = performance.now();
    const names = await dealFileNames(dealsFolder(workspace));
    const qualifier = qualifierFor(asOf, settings);
    // Changes reported while this listing runs stay for the next one.
    const reported = new Set(dirty);
    dirty.clear();
    const checkAll = verifying || (!fromTrust && (!watched || everythingChanged || performance.now() - verifiedAt > TRUST_WATCHER_MS));
    everythingChanged = false;
    const listingStarted = performance.now();
    const trusted = (name: string): Outcome | undefined => {
      if (checkAll || reported.has(name)) return undefined;
      const known = index.get(name);
      return known && qualifier.fits(known) ? outcomeOfEntry(known) : undefined;
    };
    const folder = dealsFolder(workspace);
    // A known file whose stat is as indexed keeps its entry, decided here without a promise; any other is refreshed below.
    const unchanged = (name: string): Outcome | undefined => {
      const known = index.get(name);
      if (!known || known.racy || !qualifier.fits(known)) return undefined;
      const stats = lstatSync(join(folder, name), { throwIfNoEntry: false });
      if (stats === undefined || !stats.isFile() || identity(stats) !== known.stat) return undefined;
      return outcomeOfEntry(known);
    };
    const outcomes = new Array<Outcome>(names.length);
    const counter = { done: 0, total: names.length };
    progress = counter;
    let changed = false;
    const refreshed: number[] = [];
    for (let at = 0; at < names.length; at += 1) {
      if (at > 0 && at % SYNC_STATS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      const name = names[at] as string;
      const outcome = trusted(name) ?? unchanged(name);
      if (outcome === undefined) refreshed.push(at);
      else {
        outcomes[at] = outcome;
        counter.done += 1;
      }
    }
    // Threads when many files must be read (a cold open, changed settings); the few a new day re-reads stay on this thread.
    const options = { asOf, settings };
    const threads =
      listingWorker === undefined
        ? null
        : listingWorker instanceof URL
          ? lazyListingThreads(listingWorker, dealsFolder(workspace), options, refreshed.length)
          : listingWorker(options, refreshed.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < refreshed.length) {
        const at = refreshed[next] as number;
        next += 1;
        const name = names[at] as string;
        const known = index.get(name);
        outcomes[at] = await refresh(index, name, qualifier, threads);
        if (index.get(name) !== known) changed = true;
        counter.done += 1;
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, refreshed.length) }, worker));
    } finally {
      progress = null;
      await threads?.stop();
    }
    if (checkAll) verifiedAt = listingStarted;
    const present = new Set(names);
    for (const name of index.keys()) {
      if (!present.has(name)) {
        index.delete(name);
        changed = true;
      }
    }
    if (changed) {
      // Written in the background: the listing answers at once; the next start reads what was written.
      saving = saving.then(() => saveIndex(path, workspace, index)).catch(() => undefined);
    }
    const deals: DealSummary[] = [];
    const problems: DealFileProblem[] = [];
    for (const outcome of outcomes) {
      if (outcome === null || outcome === undefined) continue;
      if ('summary' in outcome) deals.push(outcome.summary);
      else problems.push(outcome.problem);
    }
    const read = performance.now();
    if (fromTrust) {
      // Through the queue, after this answer: it waits for nothing, and no listing runs twice at once.
      const check = queue.then(() => list(asOf, settings, true));
      queue = check.catch(() => undefined);
    }
    if (hashes !== null) {
      const changedNames = [...new Set([...hashes.keys(), ...index.keys()])].filter((name) => hashes.get(name) !== index.get(name)?.hash);
      if (changedNames.length > 0) outdated?.(changedNames.sort());
    }
    const same = repeated.same(asOf, outcomes);
    if (same !== null) return same;
    deals.sort(compareSummaries);
    if (process.env.DEALMAP_TRACE_LISTING) {
      process.stderr.write(`listing: index ${Math.round(loaded - started)} ms, files ${Math.round(read - loaded)} ms, sort ${Math.round(performance.now() - read)} ms\n`);
    }
    const listing = { workspace, asOf, deals, problems };
    repeated.remember(listing, outcomes);
    return listing;
  }

  return {
    // One listing at a time per workspace: a second caller waits and then finds the index warm.
    list: (asOf, settings) => {
      const run = queue.then(() => list(asOf, settings));
      queue = run.catch(() => undefined);
      return run;
    },
    files: (names, asOf, settings) => {
      const run = queue.then(() => some(names, asOf, settings));
      queue = run.catch(() => undefined);
      return run;
    },
    progress: () => (progress === null ? null : { ...progress }),
    flushed: () => saving,
    contentHash: (name) => loadedEntries?.get(name)?.hash,
    onOutdated: (listener) => {
      outdated = listener;
    },
    noteChanges: (names) => {
      watched = true;
      if (names === null) everythingChanged = true;
      else for (const name of names) dirty.add(name);
    },
  };
}
