// The browser host's start: builds the app if needed, seeds a new workspace with the demo, serves it on 127.0.0.1 until stopped.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { seedDemoWorkspace } from '../services/demo/seed-demo-workspace';
import { LISTING_WORKER_URL } from '../services/index/listing-worker-url';
import { prepareThreadModule } from '../services/thread-pool';
import { ensureRendererBuild } from './ensure-renderer-build';
import { startHttpHost } from './http-host';
import { parseServeArgs } from './serve-args';

/** Resolves to an exit code, or null while the host keeps serving. */
async function serve(repoRoot: string, argv: readonly string[]): Promise<number | null> {
  const parsed = parseServeArgs([...argv], process.env, process.env.INIT_CWD ?? process.cwd());
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { workspace, port, allowedOrigins, build } = parsed.args;
  const rendererDir = join(repoRoot, 'dist', 'renderer');
  // A first open of a large workspace lists on threads: their code is bundled while the host starts.
  prepareThreadModule(LISTING_WORKER_URL);
  if (build) await ensureRendererBuild(repoRoot, rendererDir);
  await mkdir(workspace, { recursive: true });
  await seedDemoWorkspace(workspace);
  const host = await startHttpHost({ workspace, port, rendererDir, allowedOrigins });
  process.stdout.write(`Dealmap is running at ${host.url} (workspace: ${workspace})\n`);
  let stopping = false;
  // Ctrl+C may arrive twice (from the terminal and from a parent script); stop once, quietly.
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void host.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return null;
}

/** `npm run serve` with `argv` (its arguments), the repository at `repoRoot`: the process exits on a usage error or failure. */
export function runServe(repoRoot: string, argv: readonly string[]): void {
  serve(repoRoot, argv).then(
    (code) => {
      if (code !== null) process.exit(code);
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const hint = message.includes('EADDRINUSE') ? ' (the port is taken; try --port 0 for a free one)' : '';
      process.stderr.write(`Dealmap could not start: ${message}${hint}\n`);
      process.exit(1);
    },
  );
}
