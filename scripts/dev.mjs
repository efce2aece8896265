// `npm run dev`: the API host on 5174 and the Vite dev server on 5173 (which proxies /api), stopped together.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const devOrigins = ['http://127.0.0.1:5173', 'http://localhost:5173'];

const children = [
  spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/host/serve.ts',
      '--port',
      '5174',
      '--no-build',
      ...devOrigins.flatMap((origin) => ['--allow-origin', origin]),
    ],
    { cwd: repoRoot, stdio: 'inherit' },
  ),
  spawn(process.execPath, [viteBin], { cwd: repoRoot, stdio: 'inherit' }),
];

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

for (const child of children) {
  child.on('error', (error) => {
    console.error(`npm run dev: ${error.message}`);
    stopAll(1);
  });
  // When one side stops (or fails to start, e.g. a port in use), the other has no purpose left.
  child.on('exit', (code) => stopAll(code ?? 0));
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
