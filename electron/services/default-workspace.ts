// The workspace the browser host and the command line use when none is given.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** `$DEALMAP_WORKSPACE` if set, else `~/.dealmap/workspace`. */
export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.DEALMAP_WORKSPACE?.trim();
  return fromEnv ? resolve(fromEnv) : join(homedir(), '.dealmap', 'workspace');
}
