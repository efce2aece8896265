// `npm start`: opens the desktop app, or the browser host when the Electron runtime is not installed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** The Electron binary's path, or null on an offline install (ELECTRON_SKIP_BINARY_DOWNLOAD=1). */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    // The electron package throws when its runtime was never downloaded.
    return null;
  }
}

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

const electron = electronBinary();
if (electron !== null) {
  run(electron, ['.']);
} else {
  console.log('Electron runtime not installed (offline install); starting the browser host instead.');
  run(process.execPath, ['--import', 'tsx', 'electron/host/serve.ts', '--port', '5174']);
}
