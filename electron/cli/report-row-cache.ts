// The report's row cache: each deal's `--json` row and top actions kept beside the workspace index, so a warm report reads only changed deals.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { withinSpan, type QualificationSpan } from '../../shared/engine/qualification-span';
import type { TopAction } from './top-actions';

// 2: rows kept across review days within their span (1 keyed the whole cache by the review date).
const CACHE_FORMAT = 2;
/** A data file untouched this long and named by no directory belongs to no running report. */
const STALE_DATA_MS = 10 * 60_000;
/** Bytes gathered before one write to the data file. */
const WRITE_CHUNK = 4 * 1024 * 1024;

/** One cached deal: where its bytes are in the data file, its heaviest action's weight (null: none) and the review days its row holds on. */
type Entry = readonly [hash: string, offset: number, topBytes: number, rowBytes: number, heaviest: number | null, from: number | null, until: number | null];

interface CacheDirectory {
  readonly format: number;
  readonly workspace: string;
  readonly key: string;
  /** The data file's name, in the same folder: the top actions' JSON then the row's JSON, deal after deal. */
  readonly data: string;
  /** [deal id, ...Entry]: a list, not an object, so no id ever meets a prototype. */
  readonly entries: readonly (readonly [string, ...Entry])[];
}

/** A deal's cached bytes: its top actions' JSON then its row's, the heaviest action's weight (null: none) and the review days they hold on (rowSpan). */
export interface RowBytes {
  readonly bytes: Uint8Array;
  readonly topBytes: number;
  readonly heaviest: number | null;
  readonly span: QualificationSpan;
}

/**
 * The review days a deal's report row holds on, from its qualification span on review day `day`.
 * A row's texts count days only from a date that has passed (days overdue, days since a stale
 * contact, a timeframe passed as of the review date): the row of a deal none of whose dates has
 * passed is the same on every day of its span; any other row holds on its own day only.
 */
export function rowSpan(span: QualificationSpan, day: number): QualificationSpan {
  return span[0] === null ? span : [day, day + 1];
}

/** A cached deal as the report hands it on: its row's JSON as bytes (written out as they are) and its share of the top actions. */
export interface CachedRow extends RowBytes {
  readonly json: Uint8Array;
  readonly top: readonly TopAction[];
}

/** The bytes a cache keeps of a deal just reported, its row holding on the review days of `span` (rowSpan). */
export function rowBytesOf(text: string, top: readonly TopAction[], span: QualificationSpan): RowBytes {
  const topJson = JSON.stringify(top);
  const topBytes = Buffer.byteLength(topJson);
  // Not a slice of Buffer's shared pool: a report thread sends it, and a slice would carry its whole pool.
  const bytes = Buffer.allocUnsafeSlow(topBytes + Buffer.byteLength(text));
  bytes.write(topJson, 0);
  bytes.write(text, topBytes);
  return { bytes, topBytes, heaviest: top.length === 0 ? null : Math.max(...top.map((action) => action.weight)), span };
}

export interface ReportRowCache {
  /** Whether deal `id` is cached for file content `hash` and the cache's review day. */
  has(id: string, hash: string | undefined): boolean;
  /**
   * The cached row of `id` (has() said yes). Its top actions are parsed only if the heaviest could
   * enter a list whose lightest weighs `floor`: with 50,000 deals most cannot.
   */
  row(id: string, floor: number): CachedRow | null;
  /** How many deals it holds. */
  readonly size: number;
  /** Its data file's name; null for an empty cache. */
  readonly data: string | null;
  close(): void;
}

/** The cache's directory file beside the workspace index (`<index>.report-rows.json`). */
export function rowCachePath(indexPath: string): string {
  return indexPath.replace(/\.json$/, '') + '.report-rows.json';
}

function isEntry(value: unknown): value is readonly [string, ...Entry] {
  if (!Array.isArray(value) || value.length !== 8) return false;
  const [id, hash, offset, topBytes, rowBytes, heaviest, from, until] = value as unknown[];
  return (
    typeof id === 'string' &&
    typeof hash === 'string' &&
    [offset, topBytes, rowBytes].every((n) => Number.isSafeInteger(n) && (n as number) >= 0) &&
    (heaviest === null || typeof heaviest === 'number') &&
    [from, until].every((end) => end === null || Number.isSafeInteger(end))
  );
}

const EMPTY: ReportRowCache = { has: () => false, row: () => null, size: 0, data: null, close: () => undefined };

/**
 * The cache at `path` for `workspace` under `key` (code, settings, language), its rows as they hold
 * on review day `day`; empty when missing, damaged, of another format, workspace or key: it is a
 * cache, every row can be made again.
 */
export function openRowCache(path: string, workspace: string, key: string, day: number): ReportRowCache {
  let directory: CacheDirectory;
  let fd: number;
  try {
    directory = JSON.parse(readFileSync(path, 'utf8')) as CacheDirectory;
    if (typeof directory.data !== 'string' || basename(directory.data) !== directory.data) return EMPTY;
    // Under another key its rows are of no use, but its data file is named, so the next cache removes it.
    if (directory.format !== CACHE_FORMAT || directory.workspace !== workspace || directory.key !== key || !Array.isArray(directory.entries)) {
      return { ...EMPTY, data: directory.data };
    }
    fd = openSync(join(dirname(path), directory.data), 'r');
  } catch {
    return EMPTY;
  }
  const entries = new Map<string, Entry>();
  for (const value of directory.entries) if (isEntry(value)) entries.set(value[0], value.slice(1) as unknown as Entry);
  let open = true;
  return {
    size: entries.size,
    data: directory.data,
    has: (id, hash) => {
      const entry = entries.get(id);
      return hash !== undefined && entry !== undefined && entry[0] === hash && withinSpan([entry[5], entry[6]], day);
    },
    row: (id, floor) => {
      const entry = entries.get(id);
      if (entry === undefined || !open) return null;
      const [, offset, topBytes, rowBytes, heaviest, from, until] = entry;
      const bytes = Buffer.allocUnsafe(topBytes + rowBytes);
      try {
        if (readSync(fd, bytes, 0, bytes.length, offset) !== bytes.length) return null;
        const top = heaviest === null || heaviest < floor ? [] : (JSON.parse(bytes.toString('utf8', 0, topBytes)) as TopAction[]);
        return { json: bytes.subarray(topBytes), top, bytes, topBytes, heaviest, span: [from, until] };
      } catch {
        // Another process replaced the data file under us, or it is damaged: this row is made again.
        return null;
      }
    },
    close: () => {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

export interface RowCacheWriter {
  /** Deal `id`, made from file content `hash`. */
  add(id: string, hash: string, row: RowBytes): void;
  /** Puts the new cache in place of the old (data file written, then the directory renamed over); `old` is the old data file, removed. */
  commit(old: string | null): void;
  /** Removes what was written: the old cache stays. */
  abort(): void;
}

/** A new cache for `workspace` under `key`, written beside `path` as the report goes; nothing replaces the old one before commit. */
export function writeRowCache(path: string, workspace: string, key: string): RowCacheWriter {
  mkdirSync(dirname(path), { recursive: true });
  const data = `${basename(path).replace(/\.json$/, '')}-${randomBytes(6).toString('hex')}.data`;
  const dataPath = join(dirname(path), data);
  const fd = openSync(dataPath, 'wx');
  const entries: (readonly [string, ...Entry])[] = [];
  let offset = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let done = false;
  const flush = () => {
    if (pendingBytes === 0) return;
    const chunk = Buffer.concat(pending, pendingBytes);
    let written = 0;
    while (written < chunk.length) written += writeSync(fd, chunk, written);
    pending = [];
    pendingBytes = 0;
  };
  const finish = () => {
    if (done) return false;
    done = true;
    return true;
  };
  return {
    add: (id, hash, { bytes, topBytes, heaviest, span }) => {
      entries.push([id, hash, offset, topBytes, bytes.length - topBytes, heaviest, span[0], span[1]]);
      pending.push(bytes);
      pendingBytes += bytes.length;
      offset += bytes.length;
      if (pendingBytes >= WRITE_CHUNK) flush();
    },
    commit: (old) => {
      if (!finish()) return;
      try {
        flush();
        closeSync(fd);
        const directory: CacheDirectory = { format: CACHE_FORMAT, workspace, key, data, entries };
        const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
        writeFileSync(temp, JSON.stringify(directory));
        renameSync(temp, path);
        if (old !== null && old !== data) removeQuietly(join(dirname(path), old));
        sweepStaleData(path, data);
      } catch {
        // A cache that cannot be written is only a slower next report.
        removeQuietly(dataPath);
      }
    },
    abort: () => {
      if (!finish()) return;
      try {
        closeSync(fd);
      } catch {
        // closed already
      }
      removeQuietly(dataPath);
    },
  };
}

/** A data file no directory names, left by a report that stopped or a damaged directory; one written now (another report's) is spared. */
function sweepStaleData(path: string, kept: string): void {
  const prefix = `${basename(path).replace(/\.json$/, '')}-`;
  try {
    for (const name of readdirSync(dirname(path))) {
      if (name === kept || !name.startsWith(prefix) || !name.endsWith('.data')) continue;
      const file = join(dirname(path), name);
      if (Date.now() - statSync(file).mtimeMs > STALE_DATA_MS) removeQuietly(file);
    }
  } catch {
    // the folder went away: nothing to sweep
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
}
