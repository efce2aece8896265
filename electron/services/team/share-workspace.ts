// Turns the open plain workspace into a team workspace on a remote: git init, first commit, then a sync that merges what the team has.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { DealmapApiError } from '../dealmap-api-error';
import { SHARED_PATHS } from './commit-changes';
import { WORKSPACE_GITIGNORE, tokenHeader } from './clone-workspace';
import { messageRef } from '../../../shared/i18n/message-ref';
import { gitAvailable, gitEnvironment, hasGitFolder, teamGit, TEAM_REMOTE } from './team-git';

export interface ShareRequest {
  readonly remote: string;
  readonly name: string;
  readonly email: string;
  readonly token?: string;
  readonly tokenUser?: string;
}

/**
 * Makes `workspace` a clone of `remote` without moving it: its deals become a first commit, and the
 * caller's sync then merges them with whatever the team's repository already holds.
 */
export async function shareWorkspace(workspace: string, request: ShareRequest): Promise<void> {
  if (request.remote.startsWith('-')) throw new DealmapApiError('invalid-payload', messageRef('host.team.not-a-remote', { remote: request.remote }));
  if (!(await gitAvailable())) throw new DealmapApiError('internal', messageRef('host.team.git-missing'));
  if (await hasGitFolder(workspace)) {
    throw new DealmapApiError('already-exists', messageRef('host.team.already-git', { folder: workspace }));
  }
  await mkdir(join(workspace, 'deals'), { recursive: true });
  await simpleGit({ baseDir: workspace, allowEnvironment: Object.keys(gitEnvironment()) }).env(gitEnvironment()).raw(['init', '--initial-branch=main']);
  const git = teamGit(workspace);
  await git.addConfig('user.name', request.name);
  await git.addConfig('user.email', request.email);
  await git.raw(['remote', 'add', TEAM_REMOTE, '--', request.remote]);
  if (request.token !== undefined) await git.addConfig(`http.${request.remote}.extraHeader`, tokenHeader(request.token, request.tokenUser));
  const ignore = await readFile(join(workspace, '.gitignore'), 'utf8').catch(() => '');
  if (!ignore.includes('.*.tmp')) await appendFile(join(workspace, '.gitignore'), WORKSPACE_GITIGNORE);
  await git.raw(['add', '--verbose', '-A', '--', ...SHARED_PATHS]).catch(async () => {
    // A pathspec that matches nothing (no reviews yet) fails the whole add: add each that exists.
    for (const path of SHARED_PATHS) await git.raw(['add', '--verbose', '-A', '--', path]).catch(() => undefined);
  });
  await git.raw(['commit', '--no-verify', '--allow-empty', '-m', `${request.name} shared the workspace`]);
}
