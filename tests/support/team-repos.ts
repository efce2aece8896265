// Real git for team tests: a bare repository in a temp folder and clones acting as different users.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDealmapServices, type DealmapNodeServices } from '../../electron/services/dealmap-services';
import type { Deal } from '../../shared/model/deal-schema';
import { serializeDeal } from '../../electron/services/deal-file-order';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
}

export interface TeamRepos {
  readonly root: string;
  readonly bare: string;
  /** Clones the bare repository as `name` (git identity name <name@example.com>); answers its folder. */
  readonly clone: (name: string) => string;
  readonly remove: () => Promise<void>;
}

/** A bare repository seeded with `deals` by a first user, pushed to `main`. */
export async function makeTeamRepos(deals: readonly Deal[]): Promise<TeamRepos> {
  const root = await mkdtemp(join(tmpdir(), 'dealmap-team-'));
  const bare = join(root, 'team.git');
  git(root, 'init', '-q', '--bare', '-b', 'main', bare);
  const seed = join(root, 'seed');
  git(root, 'clone', '-q', bare, seed);
  identity(seed, 'Seed');
  await mkdir(join(seed, 'deals'), { recursive: true });
  for (const deal of deals) await writeFile(join(seed, 'deals', `${deal.id}.json`), serializeDeal(deal));
  await writeFile(join(seed, '.gitignore'), '.*.tmp\n*.lock\n');
  git(seed, 'add', '-A');
  git(seed, 'commit', '-q', '-m', 'Seed the workspace');
  git(seed, 'push', '-q', 'origin', 'HEAD:main');
  const clone = (name: string) => {
    const folder = join(root, name.toLowerCase().replace(/\s+/g, '-'));
    git(root, 'clone', '-q', bare, folder);
    identity(folder, name);
    return folder;
  };
  return { root, bare, clone, remove: () => rm(root, { recursive: true, force: true, maxRetries: 5 }) };
}

export function identity(folder: string, name: string): void {
  git(folder, 'config', 'user.name', name);
  git(folder, 'config', 'user.email', `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`);
}

/** The services of a clone, as the app or the CLI would open it (no background timers). */
export function servicesOf(folder: string): DealmapNodeServices {
  return createDealmapServices({ workspace: folder, cacheFolder: join(folder, '..', `${folder.split('/').pop() ?? 'x'}-cache`) });
}

/** The deal as the bare repository's main branch has it. */
export function remoteDeal(repos: TeamRepos, id: string): unknown {
  return JSON.parse(git(repos.bare, 'show', `main:deals/${id}.json`)) as unknown;
}
