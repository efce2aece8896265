// Two real processes save the same deal at once for 200 rounds: each save is kept or refused, none is lost.
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deal } from '../../../shared/model/deal-schema';
import { buildDeal } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const ROUNDS = 200;
const workspace = useTempWorkspace();
const saver = join(import.meta.dirname, 'support', 'concurrent-saver.ts');
const tsx = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.bin', 'tsx');

interface Round {
  readonly round: number;
  readonly outcome: 'saved' | 'conflict';
  readonly from: number;
  readonly revision?: number;
}

function runSaver(field: 'name' | 'account', startFile: string): Promise<Round[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [saver, workspace(), field, String(ROUNDS), startFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as Round[]) : reject(new Error(`saver ${field} exited ${code}: ${err}`))));
  });
}

describe('two processes saving one deal', () => {
  it(`keeps every save it answered OK over ${ROUNDS} rounds and refuses the stale ones as conflicts`, async () => {
    await putDealFile(workspace(), 'shared-deal.json', buildDeal({ id: 'shared-deal', name: 'start', account: 'start', revision: 1 }));
    const startFile = join(workspace(), 'go');
    const both = Promise.all([runSaver('name', startFile), runSaver('account', startFile)]);
    // Both processes wait for this file, so their rounds overlap from the first one.
    setTimeout(() => void writeFile(startFile, ''), 1500);
    const [names, accounts] = await both;

    const saved = [...names, ...accounts].filter((round) => round.outcome === 'saved');
    const refused = [...names, ...accounts].filter((round) => round.outcome === 'conflict');
    // Each saved round wrote the revision after the one it started from, and no two wrote the same one.
    for (const round of saved) expect(round.revision).toBe(round.from + 1);
    expect(new Set(saved.map((round) => round.revision)).size).toBe(saved.length);
    // The writers did collide: some saves were refused (otherwise the test proves nothing).
    expect(refused.length).toBeGreaterThan(0);

    const onDisk = JSON.parse(await readFile(join(workspace(), 'deals', 'shared-deal.json'), 'utf8')) as Deal;
    expect(onDisk.revision).toBe(1 + saved.length);
    // The last save of each writer is in the file: a later save by the other started from it.
    const lastSaved = (rounds: Round[]) => rounds.filter((round) => round.outcome === 'saved').at(-1)?.round;
    expect(onDisk.name).toBe(`name ${lastSaved(names)}`);
    expect(onDisk.account).toBe(`account ${lastSaved(accounts)}`);
    expect((await readdir(join(workspace(), 'deals'))).sort()).toEqual(['shared-deal.json']);
  }, 120_000);
});
