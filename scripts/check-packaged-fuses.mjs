// Reads the fuses from a packaged Dealmap binary and compares them with electron-builder.yml (run by the desktop workflow after `npm run dist`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { load } from 'js-yaml';

const ENABLED = 49;
const DISABLED = 48;
const root = fileURLToPath(new URL('..', import.meta.url));

/** `runAsNode` in electron-builder.yml is the wire's `RunAsNode`. */
const wireName = (key) => `${key[0].toUpperCase()}${key.slice(1)}`;

/** Fuses of `binary` that differ from what electron-builder.yml asks, as messages naming the fuse. */
export async function fuseMismatches(binary, configFile = path.join(root, 'electron-builder.yml')) {
  const wanted = load(readFileSync(configFile, 'utf8')).electronFuses ?? {};
  const wire = await getCurrentFuseWire(binary);
  return Object.entries(wanted).flatMap(([key, enabled]) => {
    const index = FuseV1Options[wireName(key)];
    if (index === undefined) return [`${key}: not a fuse @electron/fuses knows`];
    const state = wire[index];
    const expected = enabled ? ENABLED : DISABLED;
    if (state === expected) return [];
    const found = state === ENABLED ? 'enabled' : state === DISABLED ? 'disabled' : `state ${state ?? 'missing'}`;
    return [`${key}: ${enabled ? 'enabled' : 'disabled'} in electron-builder.yml, ${found} in ${binary}`];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const binary = process.argv[2];
  if (!binary) {
    console.error('usage: node scripts/check-packaged-fuses.mjs <packaged Dealmap binary or .app>');
    process.exit(2);
  }
  const mismatches = await fuseMismatches(binary);
  if (mismatches.length > 0) {
    console.error(`check-packaged-fuses: FAILED\n${mismatches.map((line) => `  - ${line}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`check-packaged-fuses: ${binary} has the fuses electron-builder.yml sets.`);
}
