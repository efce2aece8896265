// Finds the Electron runtime binary, which an offline install does not have.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Electron binary's path, or null where the runtime was never downloaded. */
export function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    // The electron package throws when its runtime was never downloaded.
    return null;
  }
}
