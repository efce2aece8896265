// One sync of a team workspace: commit what changed, fetch, merge per field, push; a push the remote refused because it moved is retried.
import type { SimpleGit } from 'simple-git';
import type { MessageRef } from '../../../shared/i18n/message-ref';
import { commitChanges } from './commit-changes';
import { classifyGitFailure, gitFailureSummary, type GitFailure } from './git-failure';
import { mergeRemote, type RemoteMerge } from './merge-remote';
import { currentBranch, resolveRef, TEAM_REMOTE } from './team-git';

export interface SyncResult {
  /** What stopped the exchange with the remote, if anything: work stays committed locally. */
  readonly failure: { readonly kind: GitFailure; readonly message: string } | null;
  readonly committed: boolean;
  /** Deal files that cannot be read and were therefore not committed. */
  readonly damaged: readonly string[];
  readonly incoming: number;
  readonly clashes: RemoteMerge['clashes'];
  /** What the merges want a person to know, as messages (kept edits, damaged files). */
  readonly notes: readonly MessageRef[];
  readonly pushed: boolean;
}

/** A remote that moves on every try is not going to settle; the next background sync tries again. */
const MAX_PUSH_TRIES = 5;

const failureOf = (error: unknown) => ({ kind: classifyGitFailure(error), message: gitFailureSummary(error) });

export async function syncWorkspace(workspace: string, git: SimpleGit): Promise<SyncResult> {
  const commit = await commitChanges(workspace, git);
  const branch = await currentBranch(git);
  const remoteRef = `refs/remotes/${TEAM_REMOTE}/${branch}`;
  let incoming = 0;
  const clashes: RemoteMerge['clashes'][number][] = [];
  const notes: MessageRef[] = [];
  const result = (failure: SyncResult['failure'], pushed: boolean): SyncResult => ({
    failure,
    committed: commit.committed,
    damaged: commit.damaged,
    incoming,
    clashes,
    notes,
    pushed,
  });
  for (let attempt = 1; attempt <= MAX_PUSH_TRIES; attempt += 1) {
    try {
      // --verbose: simple-git waits 50 ms after a command that printed nothing.
      await git.raw(['fetch', '--verbose', '--no-tags', TEAM_REMOTE]);
    } catch (error) {
      return result(failureOf(error), false);
    }
    const merge = await mergeRemote(workspace, git, remoteRef, `Merged the team's changes into ${branch}`);
    incoming += merge.incoming;
    clashes.push(...merge.clashes);
    notes.push(...merge.notes);
    const [head, remote] = await Promise.all([resolveRef(git, 'HEAD'), resolveRef(git, remoteRef)]);
    if (head === null || head === remote) return result(null, false);
    try {
      await git.raw(['push', '--porcelain', TEAM_REMOTE, `HEAD:refs/heads/${branch}`]);
      return result(null, true);
    } catch (error) {
      const failure = failureOf(error);
      if (failure.kind !== 'rejected' || attempt === MAX_PUSH_TRIES) return result(failure, false);
    }
  }
  return result(null, false);
}
