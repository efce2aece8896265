// A `--json` report's steps through its row cache: cached deals read back, the others reported, all in the listing's order, and the cache renewed.
import { openRowCache, rowBytesOf, writeRowCache, type ReportRowCache } from './report-row-cache';
import { reportSteps, type ReportThreads } from './report-pool';
import { reportStep, type ReportJob, type ReportStep } from './report-step';

/** From this many deals to report on, threads are worth starting (each takes about half a second to load). */
const THREADED_MISSES = 500;

export interface RowCacheFiles {
  /** The cache's directory file (rowCachePath). */
  readonly path: string;
  /** The workspace folder it belongs to. */
  readonly workspace: string;
  /** What every row depends on but the review date: the reporting code, settings and language. */
  readonly key: string;
  /** The review day the rows are wanted for: each row holds on a span of days (rowSpan). */
  readonly day: number;
}

/** The cache at `files`; empty when there is none under this key. */
export function openReportCache(files: RowCacheFiles): ReportRowCache {
  return openRowCache(files.path, files.workspace, files.key, files.day);
}

export interface CachedStepsInput {
  readonly job: ReportJob;
  readonly ids: readonly string[];
  /** Each id's file content hash as the listing saw it (same order as ids); undefined: not known. */
  readonly hashes: readonly (string | undefined)[];
  readonly cache: ReportRowCache;
  readonly files: RowCacheFiles;
  /** The report threads, started now if they were not already; null for none. */
  readonly threads: () => ReportThreads | null;
  /** Told that no thread is needed (few deals to report): threads already started are stopped, their memory let go. */
  readonly noThreads: () => void;
  /** The lightest weight in the cross-deal top list once full, else -Infinity: a cached deal whose heaviest action is lighter has its actions left unparsed. */
  readonly floor: () => number;
}

/**
 * The report step of every id in order, as reportSteps gives them: a deal cached under the hash the
 * listing saw is read back from the cache, every other is reported (on threads when many are). The
 * cache is rewritten beside the old one whenever a deal was reported or one it holds is gone, and
 * put in place only once every step was taken; a report stopped midway leaves the old cache.
 */
export async function* cachedReportSteps(input: CachedStepsInput): AsyncGenerator<ReportStep> {
  const { job, ids, hashes, cache, files } = input;
  const misses = ids.filter((id, at) => !cache.has(id, hashes[at]));
  const missed = new Set(misses);
  const writer = misses.length > 0 || cache.size !== ids.length ? writeRowCache(files.path, files.workspace, files.key) : null;
  const threaded = misses.length >= THREADED_MISSES;
  if (!threaded) input.noThreads();
  const reported = reportSteps(job, misses, threaded ? input.threads() : null);
  let finished = false;
  try {
    for (let at = 0; at < ids.length; at += 1) {
      const id = ids[at] as string;
      const hash = hashes[at];
      if (hash !== undefined && cache.has(id, hash)) {
        const row = cache.row(id, input.floor());
        if (row !== null) {
          writer?.add(id, hash, row);
          yield { kind: 'json', text: row.json, top: row.top, id, hash, span: row.span };
          continue;
        }
      }
      const next = missed.has(id) ? (await reported.next()).value : reportStep(job, id);
      const step = next as ReportStep;
      if (step.kind === 'json' && step.hash !== '' && typeof step.text === 'string') writer?.add(step.id, step.hash, rowBytesOf(step.text, step.top, step.span));
      yield step;
    }
    finished = true;
  } finally {
    await reported.return(undefined);
    cache.close();
    if (finished) writer?.commit(cache.data);
    else writer?.abort();
  }
}
