// Parses `npm run serve -- [--workspace DIR] [--port N] [--allow-origin URL] [--no-build]`.
import { isAbsolute, resolve } from 'node:path';
import { defaultWorkspacePath } from '../services/default-workspace';
import { DEFAULT_HOST_PORT } from './http-host';

export interface ServeArgs {
  readonly workspace: string;
  readonly port: number;
  readonly allowedOrigins: readonly string[];
  /** False skips building the renderer (the dev script serves it from Vite instead). */
  readonly build: boolean;
}

export const SERVE_USAGE =
  'Usage: npm run serve -- [--workspace DIR] [--port N] [--allow-origin URL] [--no-build]';

export type ServeArgsResult = { readonly ok: true; readonly args: ServeArgs } | { readonly ok: false; readonly message: string };

/** `cwd` is where the user typed the command (npm runs scripts from the package folder). */
export function parseServeArgs(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): ServeArgsResult {
  let workspace = defaultWorkspacePath(env);
  let port = DEFAULT_HOST_PORT;
  const allowedOrigins: string[] = [];
  let build = true;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--no-build') {
      build = false;
      continue;
    }
    if (flag !== '--workspace' && flag !== '--port' && flag !== '--allow-origin') {
      return { ok: false, message: `Unknown argument "${flag}".\n${SERVE_USAGE}` };
    }
    if (value === undefined || value.startsWith('--')) {
      return { ok: false, message: `${flag} needs a value.\n${SERVE_USAGE}` };
    }
    index += 1;
    if (flag === '--workspace') workspace = isAbsolute(value) ? value : resolve(cwd, value);
    else if (flag === '--allow-origin') allowedOrigins.push(value);
    else {
      const parsed = Number(value);
      if (!/^\d+$/.test(value) || parsed > 65535) {
        return { ok: false, message: `--port expects a number from 0 to 65535, got "${value}".` };
      }
      port = parsed;
    }
  }
  return { ok: true, args: { workspace, port, allowedOrigins, build } };
}
