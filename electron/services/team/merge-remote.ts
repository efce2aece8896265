// Brings the team's commits into the workspace: fast-forward when possible, else a merge commit whose deal files are merged per field.
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SimpleGit } from 'simple-git';
import type { Clash } from '../../../shared/model/deal-schema';
import type { MergeAuthor } from '../../../shared/merge/merge-deals';
import { writeFileDurably } from '../durable-file';
import { withDealLock } from '../deal-lock';
import { judgeDealText } from '../read-deal-file';
import { isDealPath, mergeFile, type FileMerge } from './merge-file';
import { dealmapIntl, renderMessage } from '../../../shared/i18n/dealmap-intl';
import { messageRef, type MessageRef } from '../../../shared/i18n/message-ref';
import { fileProblemRef } from '../../../shared/model/file-problem-text';
import { readBlobs, resolveRef } from './team-git';

export interface RemoteMerge {
  /** Files the team changed that are now in the workspace. */
  readonly incoming: number;
  readonly clashes: readonly { readonly file: string; readonly clash: Clash }[];
  /** Kept edits, damaged files from the team, values kept only in the history. */
  readonly notes: readonly MessageRef[];
}

const NOTHING: RemoteMerge = { incoming: 0, clashes: [], notes: [] };

/** Paths changed between two commits, each with whether it still exists at `to`. */
async function changesBetween(git: SimpleGit, from: string, to: string): Promise<Map<string, boolean>> {
  const out = await git.raw(['diff', '--name-status', '-z', '--no-renames', from, to]);
  const parts = out.split('\0');
  const changes = new Map<string, boolean>();
  for (let index = 0; index + 1 < parts.length; index += 2) {
    changes.set(parts[index + 1] ?? '', parts[index] !== 'D');
  }
  changes.delete('');
  return changes;
}

async function lastAuthor(git: SimpleGit, rev: string, path: string): Promise<MergeAuthor> {
  const out = (await git.raw(['log', '-1', '--format=%an%x09%aI', rev, '--', path]).catch(() => '')).trim();
  const [by, at] = out.split('\t');
  return { by: by || 'a teammate', at: at ?? '' };
}

/** Damaged deal files among the team's changes: listed, never rewritten. */
function damagedNotes(paths: readonly string[], texts: readonly (string | null)[]): MessageRef[] {
  return paths.flatMap((path, index) => {
    const text = texts[index] ?? null;
    if (text === null || !isDealPath(path)) return [];
    const read = judgeDealText(text, path.slice('deals/'.length), path);
    return read.kind === 'problem' ? [messageRef('team.merge.damaged-from-team', { problem: fileProblemRef(read.problem) })] : [];
  });
}

/**
 * Writes the merged text unless the file changed since HEAD (a save during the sync): then that save
 * is merged in too, and a file that cannot be read is left alone. Answers whether the file is staged.
 */
async function applyFile(workspace: string, path: string, expected: string | null, planned: string | null, notes: MessageRef[], me: string): Promise<boolean> {
  const full = join(workspace, path);
  const run = async (): Promise<boolean> => {
    const now = await readFile(full, 'utf8').catch(() => null);
    let text = planned;
    if (now !== expected) {
      const again = isDealPath(path) ? mergeFile({ path, base: expected, ours: now, theirs: planned }, { ours: { by: me, at: new Date().toISOString() }, theirs: { by: 'the team', at: '' } }) : null;
      if (again === null || (now !== null && judgeDealText(now, path.slice('deals/'.length), path).kind === 'problem')) {
        notes.push(messageRef('team.merge.changed-during-sync', { file: path }));
        return false;
      }
      text = again.text;
    }
    if (text === now) return true;
    if (text === null) await unlink(full).catch(() => undefined);
    else {
      await mkdir(dirname(full), { recursive: true });
      await writeFileDurably(full, text);
    }
    return true;
  };
  return isDealPath(path) ? withDealLock(full, run) : run();
}

/** Merges `theirsRef` into HEAD (both committed); the working tree's uncommitted files are never overwritten. */
export async function mergeRemote(workspace: string, git: SimpleGit, theirsRef: string, message: string): Promise<RemoteMerge> {
  const [head, theirs] = await Promise.all([resolveRef(git, 'HEAD'), resolveRef(git, theirsRef)]);
  if (theirs === null || head === theirs) return NOTHING;
  const base = head === null ? null : (await git.raw(['merge-base', head, theirs]).catch(() => '')).trim() || null;
  if (base === theirs) return NOTHING;
  const incoming = await changesBetween(git, base ?? '4b825dc642cb6eb9a060e54bf8d69288fbee4904', theirs);
  const paths = [...incoming.keys()];
  const theirTexts = await readBlobs(workspace, paths.map((path) => `${theirs}:${path}`));
  const notes = damagedNotes(paths, theirTexts);
  if (base === head || head === null) {
    const forwarded = await git.raw(['merge', '--ff-only', theirs]).then(() => true, () => false);
    if (forwarded) return { incoming: paths.length, clashes: [], notes };
  }
  const ours = head === null ? new Map<string, boolean>() : await changesBetween(git, base ?? head, head);
  const both = new Set(paths.filter((path) => ours.has(path)));
  const [baseTexts, headTexts] = await Promise.all([
    base === null ? paths.map(() => null) : readBlobs(workspace, paths.map((path) => `${base}:${path}`)),
    readBlobs(workspace, paths.map((path) => `HEAD:${path}`)),
  ]);
  const unknown = { ours: { by: 'you', at: '' }, theirs: { by: 'a teammate', at: '' } };
  const merged = new Map<string, FileMerge>();
  for (const [index, path] of paths.entries()) {
    if (!both.has(path)) continue;
    const versions = { path, base: baseTexts[index] ?? null, ours: headTexts[index] ?? null, theirs: theirTexts[index] ?? null };
    let result = mergeFile(versions, unknown);
    // Names and dates are looked up only for the files that need them.
    if (result.clashes.length > 0 || result.notes.length > 0) {
      const authors = { ours: await lastAuthor(git, 'HEAD', path), theirs: await lastAuthor(git, theirs, path) };
      result = mergeFile(versions, authors);
    }
    merged.set(path, result);
  }
  // Two clones that each started the workspace have no common commit: their files are still merged per field.
  await git.raw(['merge', '--no-ff', '--no-commit', '-s', 'ours', ...(base === null ? ['--allow-unrelated-histories'] : []), theirs]);
  const me = (await git.raw(['config', 'user.name']).catch(() => '')).trim() || 'you';
  // Eight files at a time: their fsyncs overlap, and a few hundred incoming files do not open a few hundred locks at once.
  const applied: boolean[] = [];
  for (let start = 0; start < paths.length; start += 8) {
    const batch = paths.slice(start, start + 8).map((path, offset) => {
      const index = start + offset;
      const result = merged.get(path);
      const planned = result === undefined ? (theirTexts[index] ?? null) : result.text;
      return applyFile(workspace, path, headTexts[index] ?? null, planned, notes, me);
    });
    applied.push(...(await Promise.all(batch)));
  }
  const staged = paths.filter((_, index) => applied[index] === true);
  if (staged.length > 0) await git.raw(['add', '--verbose', '-A', '--', ...staged]);
  const clashes = [...merged.entries()].flatMap(([file, result]) => result.clashes.map((clash) => ({ file, clash })));
  notes.push(...[...merged.values()].flatMap((result) => result.notes));
  const english = dealmapIntl('en');
  const body = [...clashes.map(({ file, clash }) => `${file}: clash on ${clash.label}`), ...notes.map((note) => renderMessage(english, note))].join('\n');
  await git.raw(['commit', '--no-verify', '-m', message, ...(body === '' ? [] : ['-m', body])]);
  return { incoming: paths.length, clashes, notes };
}
