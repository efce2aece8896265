// The workflow's check of a packaged binary's fuses, on a stand-in binary holding a real fuse wire.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fuseMismatches } from '../../../scripts/check-packaged-fuses.mjs';

/** Electron's fuse sentinel, then wire version 1, the wire's length and one byte per fuse ('0' off, '1' on). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dealmap-fuses-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Wire order: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyAsar, V8Snapshot, FileProtocolPrivileges. */
async function binaryWithWire(wire: string): Promise<string> {
  const file = path.join(folder, 'dealmap');
  const bytes = Buffer.concat([Buffer.from('ELF padding '), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire)]);
  await writeFile(file, bytes);
  return file;
}

describe('fuseMismatches', () => {
  it('finds nothing when the binary has the fuses electron-builder.yml sets', async () => {
    expect(await fuseMismatches(await binaryWithWire('01001100'))).toEqual([]);
  });

  it('names every fuse left as Electron ships it', async () => {
    // Electron's defaults: RunAsNode, NodeOptions, inspect and file privileges on; encryption, asar checks off.
    const mismatches = await fuseMismatches(await binaryWithWire('10110001'));
    expect(mismatches).toHaveLength(7);
    expect(mismatches[0]).toMatch(/^runAsNode: disabled in electron-builder.yml, enabled in /);
  });
});
