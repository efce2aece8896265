// Builds the renderer with Vite when dist/renderer/index.html is missing, keeping stdout for the URL line.
import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import { join } from 'node:path';

export async function ensureRendererBuild(repoRoot: string, rendererDir: string): Promise<void> {
  const built = await access(join(rendererDir, 'index.html')).then(
    () => true,
    () => false,
  );
  if (built) return;
  process.stderr.write('Building the renderer (dist/renderer is missing)...\n');
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
