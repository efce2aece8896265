// Builds the renderer with Vite when dist/renderer is missing or older than its sources.
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** What the renderer bundle is made from; a change in any of them calls for a new build. */
const SOURCES = ['renderer', 'shared', 'vite.config.ts', 'package-lock.json'];

async function modifiedAt(path: string): Promise<number | null> {
  return stat(path).then(
    (info) => info.mtimeMs,
    () => null,
  );
}

/** The newest modification time of a file or of any file below a folder (0 when absent). */
async function newestChange(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (info === null) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path, { withFileTypes: true });
  const times = await Promise.all(entries.map((entry) => newestChange(join(path, entry.name))));
  return Math.max(info.mtimeMs, ...times);
}

/** Why the build must run, or null when dist/renderer is newer than every source. */
export async function staleRendererReason(repoRoot: string, rendererDir: string): Promise<string | null> {
  const builtAt = await modifiedAt(join(rendererDir, 'index.html'));
  if (builtAt === null) return 'dist/renderer is missing';
  const changes = await Promise.all(SOURCES.map((source) => newestChange(join(repoRoot, source))));
  return Math.max(...changes) > builtAt ? 'the sources changed since the last build' : null;
}

export async function ensureRendererBuild(repoRoot: string, rendererDir: string): Promise<void> {
  const reason = await staleRendererReason(repoRoot, rendererDir);
  if (reason === null) return;
  process.stderr.write(`Building the renderer (${reason})...\n`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build'], {
      cwd: repoRoot,
      // Build output goes to stderr: stdout carries only the "Dealmap is running at" line.
      stdio: ['ignore', 'pipe', 'inherit'],
      shell: process.platform === 'win32',
    });
    child.stdout.pipe(process.stderr);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed with exit code ${String(code)}`)),
    );
  });
}
