// The sync state a window shows: in step, n changes to send, offline, or needs attention (and why).
import type { SimpleGit } from 'simple-git';
import type { TeamStatus } from '../../../shared/api/team-contract';
import { changedPaths, SHARED_PATHS } from './commit-changes';
import type { SyncResult } from './sync-workspace';
import { currentBranch, resolveRef, TEAM_REMOTE } from './team-git';

/** Deal files that hold a clash nobody has settled yet (found with git grep on the working tree). */
async function dealsWithClashes(git: SimpleGit): Promise<string[]> {
  const out = await git.raw(['grep', '-l', '--untracked', '-F', '"clashes": [', '--', 'deals']).catch(() => '');
  return out.split('\n').filter((line) => line.endsWith('.json'));
}

const FAILURE_WORDS: Record<string, string> = {
  'read-only': 'You can read this workspace but not send changes to it: your account has no write access to the repository (or the branch is protected). Your changes are kept on this computer; ask whoever manages the repository for write access.',
  'no-access': 'The team repository refused your sign-in. Your changes are kept on this computer; sign in again (a new token) or ask for access.',
  other: 'Sending or fetching changes failed.',
};

/** The status from the repository and the last sync's result (null before the first sync of this session). */
export async function teamStatus(git: SimpleGit, last: SyncResult | null, remoteUrl: string): Promise<TeamStatus> {
  const branch = await currentBranch(git).catch(() => 'main');
  const remote = await resolveRef(git, `refs/remotes/${TEAM_REMOTE}/${branch}`);
  const ahead = remote === null
    ? Number((await git.raw(['rev-list', '--count', 'HEAD']).catch(() => '0')).trim())
    : Number((await git.raw(['rev-list', '--count', `${remote}..HEAD`]).catch(() => '0')).trim());
  const uncommitted = (await changedPaths(git, SHARED_PATHS).catch(() => [])).length;
  const clashFiles = await dealsWithClashes(git);
  const problems: string[] = [];
  const failure = last?.failure ?? null;
  if (failure !== null && failure.kind !== 'offline' && failure.kind !== 'rejected') {
    problems.push(`${FAILURE_WORDS[failure.kind] ?? FAILURE_WORDS.other} (git: ${failure.message})`);
  }
  for (const file of last?.damaged ?? []) problems.push(`${file} cannot be read, so it is not sent to the team until it is fixed.`);
  problems.push(...(last?.notes ?? []));
  const toSend = ahead + uncommitted;
  const state = clashFiles.length > 0 || problems.length > 0 ? 'attention' : failure?.kind === 'offline' ? 'offline' : toSend > 0 ? 'to-send' : 'in-step';
  return { state, toSend, clashFiles, problems, remote: remoteUrl, lastSync: null };
}
