// Commits deal and workspace files with the user's git identity and a message that says what changed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SimpleGit } from 'simple-git';
import { changeSubject, describeDealChanges } from '../../../shared/merge/describe-deal-changes';
import { judgeDealText } from '../read-deal-file';
import { isTempFileName } from '../durable-file';
import { readBlobs } from './team-git';

export interface CommitOutcome {
  /** False when nothing had changed. */
  readonly committed: boolean;
  /** Deal files left out because they cannot be read: a damaged file is never sent to the team. */
  readonly damaged: readonly string[];
}

const isDealPath = (path: string) => /^deals\/[^/]+\.json$/.test(path);

/** What a team shares: deals, settings, reviews and import mappings. Exports and the import journal stay on each computer. */
export const SHARED_PATHS = ['deals', 'settings.json', 'reviews', 'import-mappings', '.gitignore'] as const;

async function workingText(workspace: string, path: string): Promise<string | null> {
  return readFile(join(workspace, path), 'utf8').catch(() => null);
}

function parsedOrNull(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** One line per changed file: "Eva Berg: stance neutral → supporter"; files that are not deals say their name. */
function describeFile(path: string, before: string | null, after: string | null): string[] {
  if (!isDealPath(path)) return [`${before === null ? 'added' : after === null ? 'removed' : 'changed'} ${path}`];
  const changes = describeDealChanges(parsedOrNull(before), parsedOrNull(after));
  return changes.length > 0 ? changes : [`changed ${path} (layout of the file only)`];
}

/** Changed, added and removed files of the working tree (never temp files or locks). */
export async function changedPaths(git: SimpleGit, within: readonly string[] = []): Promise<string[]> {
  // --branch: its header line is always printed, and simple-git waits 50 ms after a command that printed nothing.
  const out = await git.raw(['status', '--porcelain=v1', '--branch', '-z', '--untracked-files=all', '--no-renames', '--', ...within]);
  return out
    .split('\0')
    .filter((entry) => entry.length > 3 && !entry.startsWith('## '))
    .map((entry) => entry.slice(3))
    .filter((path) => !path.split('/').some(isTempFileName) || path.startsWith('.gitignore'));
}

/**
 * Commits `paths` (all changed files when omitted) as the repository's user. Deal files that are not
 * valid deals are left uncommitted and named. The message is the change list of every file.
 */
export async function commitChanges(workspace: string, git: SimpleGit, paths?: readonly string[]): Promise<CommitOutcome> {
  const candidates = paths ?? (await changedPaths(git, SHARED_PATHS));
  if (candidates.length === 0) return { committed: false, damaged: [] };
  const [before, after] = await Promise.all([
    readBlobs(workspace, candidates.map((path) => `HEAD:${path}`)).catch(() => candidates.map(() => null)),
    Promise.all(candidates.map((path) => workingText(workspace, path))),
  ]);
  const damaged: string[] = [];
  const lines: string[] = [];
  const ready: string[] = [];
  candidates.forEach((path, index) => {
    const [was, now] = [before[index] ?? null, after[index] ?? null];
    if (was === now) return;
    if (now !== null && isDealPath(path) && judgeDealText(now, path.slice('deals/'.length), path).kind !== 'deal') {
      damaged.push(path);
      return;
    }
    ready.push(path);
    lines.push(...describeFile(path, was, now).map((line) => (candidates.length > 1 ? `${path}: ${line}` : line)));
  });
  if (ready.length === 0) return { committed: false, damaged };
  await git.raw(['add', '--verbose', '-A', '--', ...ready]);
  const subject = ready.length === 1 ? changeSubject(lines, `changed ${ready[0] ?? ''}`) : `${ready.length} files: ${changeSubject(lines, 'changes')}`;
  // No pathspec: only these files are staged (git runs in this workspace's queue), and `commit -- paths` would build a second index.
  await git.raw(['commit', '--no-verify', '-m', subject, ...(lines.length > 1 ? ['-m', lines.join('\n')] : [])]);
  return { committed: true, damaged };
}
