// A deal's history from git: each commit that changed its file, who made it, when, and what changed in words.
import type { SimpleGit } from 'simple-git';
import type { DealHistory, DealHistoryEntry } from '../../../shared/api/team-contract';
import { messageRef } from '../../../shared/i18n/message-ref';
import { dealChangeMessages } from '../../../shared/merge/describe-deal-changes';
import { dealFileLabel } from '../workspace-paths';
import { readBlobs } from './team-git';

function parsed(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { unreadable: true };
  }
}

/** Newest first, at most `limit` entries; empty for a deal git has never seen. */
export async function dealHistory(workspace: string, git: SimpleGit, id: string, limit = 200): Promise<DealHistory> {
  const path = dealFileLabel(id);
  const log = await git.raw(['log', `-n${limit}`, '--format=%H%x09%P%x09%an%x09%aI', '--', path]).catch(() => '');
  const commits = log
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const [commit = '', parents = '', by = '', at = ''] = line.split('\t');
      return { commit, merge: parents.includes(' '), by, at };
    });
  const texts = await readBlobs(workspace, commits.flatMap(({ commit }) => [`${commit}^:${path}`, `${commit}:${path}`]));
  const entries: DealHistoryEntry[] = commits.map(({ commit, merge, by, at }, index) => {
    const before = parsed(texts[index * 2] ?? null);
    const after = parsed(texts[index * 2 + 1] ?? null);
    const changes = dealChangeMessages(before, after);
    return { commit, by, at, changes: merge ? changes.map((change) => messageRef('changes.history.merged', { change })) : changes };
  });
  return { id, entries };
}

/** The deal's file as it was at the end of `date` (YYYY-MM-DD), from the last commit on or before it; null text when it did not exist then. */
export async function dealFileAt(workspace: string, git: SimpleGit, id: string, date: string): Promise<DealAtDate> {
  const path = dealFileLabel(id);
  const line = (await git.raw(['log', '-1', `--before=${date}T23:59:59`, '--format=%H%x09%an%x09%aI', '--', path]).catch(() => '')).trim();
  const [commit = '', by = '', at = ''] = line.split('\t');
  if (commit === '') return { commit: null, by: null, at: null, text: null };
  const [text = null] = await readBlobs(workspace, [`${commit}:${path}`]);
  return { commit, by, at, text };
}

export interface DealAtDate {
  readonly commit: string | null;
  readonly by: string | null;
  readonly at: string | null;
  readonly text: string | null;
}
