// `npm run dev`: the API host on 5174 and the Vite dev server on 5173 (which proxies /api), plus the
// Electron window on the dev server where the runtime is installed; all stopped together.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-runtime.mjs';

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

/** Resolves once the dev server answers, so the window does not open on a refused connection. */
async function waitForDevServer(url) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the dev server at ${url} did not start`);
}

const electron = electronBinary();
if (electron === null) {
  console.log('Electron runtime not installed: open http://127.0.0.1:5173/ in a browser.');
} else if (spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: repoRoot, stdio: 'inherit' }).status === 0) {
  const devUrl = `${devOrigins[0]}/`;
  waitForDevServer(devUrl).then(
    () => {
      const window = spawn(electron, ['.'], { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, DEALMAP_DEV_URL: devUrl } });
      children.push(window);
      window.on('exit', (code) => stopAll(code ?? 0));
    },
    (error) => console.error(`npm run dev: ${error.message}`),
  );
}

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
