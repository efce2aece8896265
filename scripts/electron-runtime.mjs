// Finds the Electron runtime binary without fetching it: since Electron 42 `require('electron')` downloads it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The folder of the installed electron package, or null where it is not installed. */
export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The Electron binary's path, or null where the runtime was never fetched. Reads what the
 * package's own lookup reads (path.txt, dist/), as that lookup would start a download.
 */
export function electronBinary() {
  const dir = electronPackageDir();
  if (dir === null) return null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (override) return existsSync(join(override, relative ?? 'electron')) ? join(override, relative ?? 'electron') : null;
  if (relative === null) return null;
  const binary = join(dir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
