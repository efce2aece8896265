// `npm start`: opens the desktop app, or the browser host when the Electron runtime is not installed.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-runtime.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function run(command, args) {
  const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' });
  // Pass stop signals on and let the child decide how to stop; its exit ends this script.
  process.on('SIGINT', () => child.kill('SIGINT'));
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/**
 * npm install does not download the Electron runtime (Electron 42 and later fetch it on first use), so an offline
 * install still succeeds; the runtime is fetched here, once, where the network allows it.
 * Answers whether it was fetched, after finishing the one line it began.
 */
function fetchElectronRuntime() {
  let installer;
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    console.log('Electron is not installed; starting the browser host instead.');
    return false;
  }
  process.stdout.write('Electron runtime not installed; fetching it (first start only)... ');
  const result = spawnSync(process.execPath, [installer], { cwd: repoRoot, stdio: 'ignore' });
  const fetched = result.status === 0 && electronBinary() !== null;
  process.stdout.write(fetched ? 'done.\n' : 'not reachable (offline install); starting the browser host instead.\n');
  return fetched;
}

const skipDownload = Boolean(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD);
let electron = electronBinary();
if (electron === null && !skipDownload && fetchElectronRuntime()) electron = electronBinary();

if (electron !== null) {
  run(electron, ['.']);
} else {
  if (skipDownload) {
    console.log('Electron runtime not installed (offline install); starting the browser host instead.');
  }
  // Extra arguments (`npm start -- --port 0`) go to the host.
  run(process.execPath, ['scripts/serve.mjs', '--port', '5174', ...process.argv.slice(2)]);
}
