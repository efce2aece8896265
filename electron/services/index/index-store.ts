// The workspace index on disk: one lowdb JSON document keyed by deal file name; damaged or missing, it starts empty.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { DataFile, TextFile } from 'lowdb/node';
import type { DealFileProblem } from '../../../shared/api/contract';
import type { QualificationSpan } from '../../../shared/engine/qualification-span';
import type { DealSummary } from '../../../shared/pipeline/deal-summary';

/** What the index knows of one deal file, and how it knows the file is still the one it read. */
export interface IndexEntry {
  /** `dev:ino:size:mtimeMs:ctimeMs` when read: any write changes ctime, which no program can set back. */
  readonly stat: string;
  /**
   * The file was written within the timestamp granularity of when it was read: a second write in
   * the same tick could leave `stat` unchanged, so the next open reads it again and compares `hash`.
   */
  readonly racy: boolean;
  /** SHA-1 of the file's bytes. */
  readonly hash: string;
  /** The qualification key of `summary`: settings fingerprint and engine rules version. */
  readonly key: string;
  /** The review days `summary` holds on (qualificationSpan); [null, null] for a problem. */
  readonly span: QualificationSpan;
  readonly summary: DealSummary | null;
  readonly problem: DealFileProblem | null;
}

// 2: summaries keyed by settings and rules, held over a span of review days (1 keyed them by the review date).
const INDEX_FORMAT = 2;

interface IndexDocument {
  readonly format: number;
  readonly workspace: string;
  readonly entries: Record<string, IndexEntry>;
}

const isSpanEnd = (end: unknown): boolean => end === null || Number.isInteger(end);

function isEntry(value: unknown): value is IndexEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const summary = entry.summary as Record<string, unknown> | null | undefined;
  return (
    typeof entry.stat === 'string' &&
    typeof entry.racy === 'boolean' &&
    typeof entry.hash === 'string' &&
    typeof entry.key === 'string' &&
    Array.isArray(entry.span) &&
    entry.span.length === 2 &&
    entry.span.every(isSpanEnd) &&
    (summary === null || (typeof summary === 'object' && typeof summary.id === 'string' && Array.isArray(summary.gaps))) &&
    (entry.problem === null || (typeof entry.problem === 'object' && typeof (entry.problem as { message?: unknown }).message === 'string')) &&
    (summary === null) !== (entry.problem === null)
  );
}

function adapter(path: string): DataFile<IndexDocument> {
  // Compact JSON: the index of 50,000 deals is read whole at every start.
  return new DataFile<IndexDocument>(path, { parse: (text) => JSON.parse(text) as IndexDocument, stringify: (data) => JSON.stringify(data) });
}

/** The entries of the index at `path` for `workspace`; empty when it is missing, damaged, of another format or workspace. */
export async function loadIndex(path: string, workspace: string): Promise<Map<string, IndexEntry>> {
  const entries = new Map<string, IndexEntry>();
  try {
    const db = new Low<IndexDocument | null>(adapter(path) as DataFile<IndexDocument | null>, null);
    await db.read();
    const document = db.data;
    if (document?.format !== INDEX_FORMAT || document.workspace !== workspace || typeof document.entries !== 'object') return entries;
    for (const [name, entry] of Object.entries(document.entries)) if (isEntry(entry)) entries.set(name, entry);
  } catch {
    // A damaged index is a cache miss: every file is read again and the index rewritten.
  }
  return entries;
}

/**
 * Entries serialised per turn of the event loop. All 50,000 at once held the browser host's thread
 * for 0.4 to 0.9 s, just when the listing's answer was waiting to be sent.
 */
const ENTRIES_PER_TURN = 2_000;

/** The index document's JSON, byte for byte what JSON.stringify gives, made a slice of entries per turn of the event loop. */
async function indexText(workspace: string, entries: ReadonlyMap<string, IndexEntry>): Promise<string> {
  // Taken at once, as Object.fromEntries took it: a listing that changes the map meanwhile is written next time.
  const taken = [...entries];
  const slices: string[] = [];
  for (let at = 0; at < taken.length; at += ENTRIES_PER_TURN) {
    if (at > 0) await new Promise((resolve) => setImmediate(resolve));
    // `{"a.json":…,"b.json":…}` without its braces: the slices joined by commas are the whole object's members.
    slices.push(JSON.stringify(Object.fromEntries(taken.slice(at, at + ENTRIES_PER_TURN))).slice(1, -1));
  }
  return `{"format":${INDEX_FORMAT},"workspace":${JSON.stringify(workspace)},"entries":{${slices.join(',')}}}`;
}

/** Writes the index atomically (lowdb's text file: temp file and rename); another process writing too is harmless, it is a cache. */
export async function saveIndex(path: string, workspace: string, entries: ReadonlyMap<string, IndexEntry>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const text = await indexText(workspace, entries);
  await new TextFile(path).write(text);
}
