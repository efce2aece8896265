// The system git for one team workspace, through simple-git: never prompts, never opens an editor, runs hooks-free commits.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';

/** A workspace is a team workspace when it is the top of a git working tree with a remote named origin. */
export const TEAM_REMOTE = 'origin';

/** Set for every git call: a missing credential is an error, never a prompt on a hidden terminal; messages in English to be sorted. */
const QUIET_ENV = { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', GIT_MERGE_AUTOEDIT: 'no', LC_ALL: 'C' };

/** What git needs from the user's environment: where home and the tools are, the SSH agent, a proxy. */
const PASSED_ON = ['PATH', 'HOME', 'USER', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'HOMEDRIVE', 'HOMEPATH', 'SYSTEMROOT', 'TMPDIR', 'TEMP', 'TMP', 'SSH_AUTH_SOCK', 'XDG_CONFIG_HOME', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];

/** The environment of every git call: the passed-on variables that are set, and QUIET_ENV. */
export function gitEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of PASSED_ON) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return { ...env, ...QUIET_ENV };
}

export function teamGit(workspace: string): SimpleGit {
  return simpleGit({
    baseDir: workspace,
    maxConcurrentProcesses: 4,
    allowConfig: ['http.extraHeader', 'http.*.extraHeader'],
    allowEnvironment: [...PASSED_ON, ...Object.keys(QUIET_ENV)],
  }).env(gitEnvironment());
}

export async function hasGitFolder(workspace: string): Promise<boolean> {
  return stat(join(workspace, '.git')).then(
    () => true,
    () => false,
  );
}

/** The message when git cannot be started at all: Dealmap uses the computer's own git. */
export const GIT_MISSING = 'Git is not installed on this computer (or not on the PATH), and team workspaces need it: install git (git-scm.com; on Linux apt-get install git) and start Dealmap again.';

/** True when `git --version` runs. */
export async function gitAvailable(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('git', ['--version'], { env: gitEnvironment(), stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

/** True when the workspace is a git clone with a remote `origin`. */
export async function isTeamWorkspace(workspace: string): Promise<boolean> {
  if (!(await hasGitFolder(workspace))) return false;
  const remotes = await teamGit(workspace).getRemotes().catch(() => []);
  return remotes.some((remote) => remote.name === TEAM_REMOTE);
}

/** The checked-out branch (`main` in a new workspace). */
export async function currentBranch(git: SimpleGit): Promise<string> {
  return (await git.raw(['symbolic-ref', '--short', 'HEAD'])).trim();
}

/** The commit a ref names, or null when it does not exist (an empty remote, a repository without commits). */
export async function resolveRef(git: SimpleGit, ref: string): Promise<string | null> {
  try {
    return (await git.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim() || null;
  } catch {
    return null;
  }
}

/**
 * The contents of many blobs (`<rev>:<path>`) in one `git cat-file --batch`: null for a missing one.
 * simple-git hands output back as text, and the batch format counts bytes, so this one call spawns git itself.
 */
export function readBlobs(workspace: string, specs: readonly string[]): Promise<(string | null)[]> {
  if (specs.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: workspace, env: gitEnvironment() });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`git cat-file exited with ${String(code)}`));
        return;
      }
      const out = Buffer.concat(chunks);
      const found: (string | null)[] = [];
      let at = 0;
      for (let index = 0; index < specs.length; index += 1) {
        const end = out.indexOf(0x0a, at);
        const header = out.subarray(at, end).toString('utf8');
        at = end + 1;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          found.push(null);
          continue;
        }
        const size = Number(header.split(' ')[2]);
        found.push(out.subarray(at, at + size).toString('utf8'));
        at += size + 1;
      }
      resolve(found);
    });
    child.stdin.end(specs.map((spec) => `${spec}\n`).join(''));
  });
}
