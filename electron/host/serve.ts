// `npm run serve`: builds if needed, seeds a new workspace with the demo, serves the app on 127.0.0.1.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { seedDemoWorkspace } from '../services/demo/seed-demo-workspace';
import { LISTING_WORKER_URL } from '../services/index/listing-worker-url';
import { prepareThreadModule } from '../services/thread-pool';
import { ensureRendererBuild } from './ensure-renderer-build';
import { startHttpHost } from './http-host';
import { parseServeArgs } from './serve-args';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const rendererDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

/** Resolves to an exit code, or null while the host keeps serving. */
async function main(): Promise<number | null> {
  const parsed = parseServeArgs(process.argv.slice(2), process.env, process.env.INIT_CWD ?? process.cwd());
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { workspace, port, allowedOrigins, build } = parsed.args;
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

main().then(
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
