// The sync state a window shows: in step, n changes to send, offline, or needs attention (and why).
import type { SimpleGit } from 'simple-git';
import type { TeamStatus } from '../../../shared/api/team-contract';
import { dealmapIntl, renderMessage } from '../../../shared/i18n/dealmap-intl';
import { messageRef, type MessageRef } from '../../../shared/i18n/message-ref';
import { changedPaths, SHARED_PATHS } from './commit-changes';
import type { SyncResult } from './sync-workspace';
import { currentBranch, resolveRef, TEAM_REMOTE } from './team-git';

/** Deal files that hold a clash nobody has settled yet (found with git grep on the working tree). */
async function dealsWithClashes(git: SimpleGit): Promise<string[]> {
  const out = await git.raw(['grep', '-l', '--untracked', '-F', '"clashes": [', '--', 'deals']).catch(() => '');
  return out.split('\n').filter((line) => line.endsWith('.json'));
}

/** Sync failures with their own advice; any other reads as a plain failure. */
const FAILURE_KINDS = new Set(['read-only', 'no-access']);

/** The status from the repository and the last sync's result (null before the first sync of this session). */
export async function teamStatus(git: SimpleGit, last: SyncResult | null, remoteUrl: string): Promise<TeamStatus> {
  const branch = await currentBranch(git).catch(() => 'main');
  const remote = await resolveRef(git, `refs/remotes/${TEAM_REMOTE}/${branch}`);
  const ahead = remote === null
    ? Number((await git.raw(['rev-list', '--count', 'HEAD']).catch(() => '0')).trim())
    : Number((await git.raw(['rev-list', '--count', `${remote}..HEAD`]).catch(() => '0')).trim());
  const uncommitted = (await changedPaths(git, SHARED_PATHS).catch(() => [])).length;
  const clashFiles = await dealsWithClashes(git);
  const problemMessages: MessageRef[] = [];
  const failure = last?.failure ?? null;
  if (failure !== null && failure.kind !== 'offline' && failure.kind !== 'rejected') {
    problemMessages.push(messageRef(`team.problem.${FAILURE_KINDS.has(failure.kind) ? failure.kind : 'other'}`, { git: failure.message }));
  }
  for (const file of last?.damaged ?? []) problemMessages.push(messageRef('team.problem.damaged', { file }));
  problemMessages.push(...(last?.notes ?? []).map((note) => messageRef('team.problem.note', { note })));
  const english = dealmapIntl('en');
  const problems = problemMessages.map((problem) => renderMessage(english, problem));
  const toSend = ahead + uncommitted;
  const state = clashFiles.length > 0 || problems.length > 0 ? 'attention' : failure?.kind === 'offline' ? 'offline' : toSend > 0 ? 'to-send' : 'in-step';
  return { state, toSend, clashFiles, problems, problemMessages, remote: remoteUrl, lastSync: null };
}
