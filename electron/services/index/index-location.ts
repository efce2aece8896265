// Where a workspace's index lives: the user's cache folder, never the workspace, so no sync tool or git shares it as data.
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';

/** The platform's cache folder for Dealmap; DEALMAP_CACHE_DIR overrides it (tests, portable installs). */
export function dealmapCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.DEALMAP_CACHE_DIR) return env.DEALMAP_CACHE_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'Dealmap', 'Cache');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'Dealmap');
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'dealmap');
}

/**
 * One index file per workspace folder, named by a hash of its absolute path (plus its name, for a
 * human looking in the folder). Each machine and user builds its own: it describes their view of
 * the files (inode, change time), which means nothing on another machine.
 */
export function indexFilePath(workspace: string, cacheFolder = dealmapCacheFolder()): string {
  const hash = createHash('sha256').update(workspace).digest('hex').slice(0, 16);
  const name = basename(workspace).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40);
  return join(cacheFolder, 'workspace-index', `${name}-${hash}.json`);
}
