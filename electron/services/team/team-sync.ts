// The team side of one workspace: commits every save in the background, syncs now and then, and knows its status.
import type { SimpleGit } from 'simple-git';
import type { DealHistory, TeamStatus } from '../../../shared/api/team-contract';
import { messageRef } from '../../../shared/i18n/message-ref';
import { commitChanges } from './commit-changes';
import { dealFileAt, dealHistory, type DealAtDate } from './deal-history';
import { syncWorkspace, type SyncResult } from './sync-workspace';
import { shareWorkspace, type ShareRequest } from './share-workspace';
import { gitAvailable, GIT_MISSING, hasGitFolder, isTeamWorkspace, teamGit, TEAM_REMOTE } from './team-git';
import { teamStatus } from './team-status';

export interface TeamSyncOptions {
  /** Sync in the background (the app and the host); the command line syncs only when asked. */
  readonly background?: boolean;
  /** How long after a save its commit is sent, so a burst of saves goes in one push. */
  readonly pushDelayMs?: number;
  /** How often the team's changes are fetched while nothing is saved. */
  readonly pullEveryMs?: number;
}

export interface TeamSync {
  /** Commits a file just written by a save (deals/<id>.json); resolves once committed. */
  readonly noteWrite: (file: string) => Promise<void>;
  readonly sync: () => Promise<TeamStatus>;
  readonly status: () => Promise<TeamStatus>;
  readonly history: (id: string, limit?: number) => Promise<DealHistory>;
  /** Makes this plain workspace a team workspace on `request.remote`, then syncs. */
  readonly share: (request: ShareRequest) => Promise<TeamStatus>;
  /** The deal file's text as it was at the end of a date. */
  readonly fileAt: (id: string, date: string) => Promise<DealAtDate>;
  readonly close: () => void;
}

const LOCAL: TeamStatus = { state: 'local', toSend: 0, clashFiles: [], problems: [], problemMessages: [], remote: '', lastSync: null };

/** The remote's address as shown: credentials in it (user:token@) are cut. */
export function shownRemote(url: string): string {
  return url.replace(/^(\w+:\/\/)[^@/]*@/, '$1');
}

/** One queue per workspace folder in this process, however many services objects open it. */
const tails = new Map<string, Promise<unknown>>();

export function createTeamSync(workspace: string, options: TeamSyncOptions = {}): TeamSync {
  let team = isTeamWorkspace(workspace);
  // Made only for a team workspace: simple-git refuses a folder that does not exist yet (a new plain workspace).
  let made: SimpleGit | undefined;
  const git = (): SimpleGit => (made ??= teamGit(workspace));
  let last: SyncResult | null = null;
  let lastSync: string | null = null;
  let pushTimer: NodeJS.Timeout | undefined;
  // Every git command of this workspace runs in turn: a commit never meets a merge half done.
  const queued = <T>(task: () => Promise<T>): Promise<T> => {
    const run = (tails.get(workspace) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(workspace, tail);
    void tail.then(() => {
      if (tails.get(workspace) === tail) tails.delete(workspace);
    });
    return run;
  };
  const remoteUrl = async () => shownRemote((await git().remote(['get-url', TEAM_REMOTE]).catch(() => '')) || '').trim();
  const status = async (): Promise<TeamStatus> => {
    if (!(await team)) {
      // A clone on a computer without git would otherwise pass for a plain folder.
      if ((await hasGitFolder(workspace)) && !(await gitAvailable())) return { ...LOCAL, state: 'attention', problems: [GIT_MISSING], problemMessages: [messageRef('host.team.git-missing')] };
      return LOCAL;
    }
    // In the queue: the status counts the commits of saves just made.
    return queued(async () => ({ ...(await teamStatus(git(), last, await remoteUrl())), lastSync }));
  };
  const sync = async (): Promise<TeamStatus> => {
    if (!(await team)) return LOCAL;
    last = await queued(() => syncWorkspace(workspace, git()));
    lastSync = new Date().toISOString();
    return status();
  };
  const scheduleSync = () => {
    if (options.background !== true) return;
    clearTimeout(pushTimer);
    pushTimer = setTimeout(() => void sync().catch(() => undefined), options.pushDelayMs ?? 3000);
    pushTimer.unref();
  };
  const pull = options.background === true ? setInterval(() => void sync().catch(() => undefined), options.pullEveryMs ?? 60_000) : undefined;
  pull?.unref();
  if (options.background === true) scheduleSync();
  return {
    noteWrite: async (file) => {
      if (!(await team)) return;
      await queued(() => commitChanges(workspace, git(), [file]));
      scheduleSync();
    },
    sync,
    status,
    share: async (request) => {
      await queued(() => shareWorkspace(workspace, request));
      team = Promise.resolve(true);
      return sync();
    },
    history: async (id, limit) => (await team) ? queued(() => dealHistory(workspace, git(), id, limit)) : { id, entries: [] },
    fileAt: async (id, date) => (await team) ? queued(() => dealFileAt(workspace, git(), id, date)) : { commit: null, by: null, at: null, text: null },
    close: () => {
      clearTimeout(pushTimer);
      clearInterval(pull);
    },
  };
}
