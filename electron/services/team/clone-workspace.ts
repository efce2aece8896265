// Opens a team workspace from a git remote: clones it (HTTPS with a token, SSH, or a path to a bare repository) and sets who commits.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { simpleGit } from 'simple-git';
import { DealmapApiError } from '../dealmap-api-error';
import { gitFailureSummary } from './git-failure';
import { messageRef } from '../../../shared/i18n/message-ref';
import { gitAvailable, gitEnvironment, resolveRef, teamGit } from './team-git';

export interface CloneRequest {
  /** https://…, ssh://…, git@host:path, or a folder holding a bare repository. */
  readonly remote: string;
  /** An empty or new folder; the workspace. */
  readonly folder: string;
  /** The user's name and e-mail: every commit's author. */
  readonly name: string;
  readonly email: string;
  /** A personal access token for HTTPS remotes; it is never put in the remote's address. */
  readonly token?: string;
  /** The user name sent with the token (GitHub, GitLab and Azure DevOps accept any; Gitea wants yours). */
  readonly tokenUser?: string;
}

/** What git ignores in a workspace: a save's temp files and lock folders. */
export const WORKSPACE_GITIGNORE = '# Dealmap: temp files of saves, lock folders, exports and the import journal stay on each computer\n.*.tmp\n*.lock\n/exports/\n/imports/\n';

/** The HTTP header a token travels in: Basic with any user name (GitHub, GitLab, Azure DevOps) or yours (Gitea). */
export function tokenHeader(token: string, user = 'dealmap'): string {
  return `Authorization: Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`;
}

/**
 * Clones the remote into `folder` (which must be empty or absent) and sets the commit identity. An
 * empty remote (a new team) gets a first commit with the workspace's .gitignore, sent at once.
 */
export async function cloneTeamWorkspace(request: CloneRequest): Promise<string> {
  if (!(await gitAvailable())) throw new DealmapApiError('internal', messageRef('host.team.git-missing'));
  const folder = resolve(request.folder);
  await mkdir(folder, { recursive: true });
  if ((await readdir(folder)).length > 0) {
    throw new DealmapApiError('already-exists', messageRef('host.team.not-empty', { folder }));
  }
  if (request.remote.startsWith('-')) throw new DealmapApiError('invalid-payload', messageRef('host.team.not-a-remote', { remote: request.remote }));
  const header = request.token === undefined ? [] : ['-c', `http.extraHeader=${tokenHeader(request.token, request.tokenUser)}`];
  const git = simpleGit({ baseDir: folder, allowConfig: ['http.extraHeader'], allowEnvironment: Object.keys(gitEnvironment()) }).env(gitEnvironment());
  try {
    await git.raw([...header, 'clone', '--origin', 'origin', '--', request.remote, '.']);
  } catch (error) {
    throw new DealmapApiError('forbidden', messageRef('host.team.clone-failed', { remote: request.remote, reason: gitFailureSummary(error) }));
  }
  const clone = teamGit(folder);
  await clone.addConfig('user.name', request.name);
  await clone.addConfig('user.email', request.email);
  // Stored in this clone's own .git/config (as CI checkouts do), so background syncs can sign in, and only for this remote's
  // address, so a redirect to another host never receives it; see docs/team-workspaces.md.
  if (request.token !== undefined) await clone.addConfig(`http.${request.remote}.extraHeader`, tokenHeader(request.token, request.tokenUser));
  if ((await resolveRef(clone, 'HEAD')) === null) {
    await clone.raw(['symbolic-ref', 'HEAD', 'refs/heads/main']);
    await writeFile(join(folder, '.gitignore'), WORKSPACE_GITIGNORE);
    await mkdir(join(folder, 'deals'), { recursive: true });
    await clone.raw(['add', '.gitignore']);
    await clone.raw(['commit', '--no-verify', '-m', 'Start the team workspace']);
    await clone.raw(['push', '--porcelain', '-u', 'origin', 'HEAD:refs/heads/main']).catch(() => undefined);
  }
  return folder;
}
