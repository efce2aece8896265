// A thread module's code fingerprint remembered beside the caches with the identity of every file bundled into it: a warm report need not bundle.
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { identity, isRacy } from './index/file-identity';
import { moduleFingerprint, moduleInputs } from './thread-pool';

const BUNDLER = fileURLToPath(new URL('./thread-pool.ts', import.meta.url));

interface Remembered {
  readonly module: string;
  readonly fingerprint: string;
  /** [absolute path, identity when bundled]: any write changes a file's ctime, which no program sets back. */
  readonly inputs: readonly (readonly [string, string])[];
}

function identityOf(path: string): string | null {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  return stats === undefined ? null : identity(stats);
}

/** The identity of each file, or null if one is gone or was written too close to (or after) `since` to tell which version was bundled. */
function settledIdentities(files: readonly string[], since: number): (readonly [string, string])[] | null {
  const identities: (readonly [string, string])[] = [];
  for (const path of files) {
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats === undefined || isRacy(stats, since)) return null;
    identities.push([path, identity(stats)]);
  }
  return identities;
}

function recall(file: string, module: string): string | null {
  try {
    const remembered = JSON.parse(readFileSync(file, 'utf8')) as Remembered;
    if (remembered.module !== module || typeof remembered.fingerprint !== 'string' || !Array.isArray(remembered.inputs) || remembered.inputs.length === 0) return null;
    return remembered.inputs.every(([path, known]) => typeof path === 'string' && identityOf(path) === known) ? remembered.fingerprint : null;
  } catch {
    return null;
  }
}

/**
 * moduleFingerprint of `moduleUrl`, read from `file` while no file the bundle was made of has
 * changed (bundling the report's code took about 0.5 s of every warm report), else bundled and
 * remembered there. Like the caches it keys, `file` may be missing or damaged: it is made again.
 */
export function rememberedFingerprint(moduleUrl: URL, file: string): string | null {
  const module = fileURLToPath(moduleUrl);
  const known = recall(file, module);
  if (known !== null) return known;
  const calledAt = Date.now();
  const fingerprint = moduleFingerprint(moduleUrl);
  if (fingerprint === null) return null;
  // A bundle this process made earlier may predate the files' current versions: only one made now is remembered.
  const made = moduleInputs(moduleUrl);
  // The bundling code itself (thread-pool.ts: what it does to the bundle) counts as an input too.
  const inputs = made === null || made.startedAt < calledAt ? null : settledIdentities([...made.files, BUNDLER], made.startedAt);
  if (inputs === null || inputs.length === 0) return fingerprint;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ module, fingerprint, inputs } satisfies Remembered));
    renameSync(temp, file);
  } catch {
    // Not remembered: the next report bundles again.
  }
  return fingerprint;
}
