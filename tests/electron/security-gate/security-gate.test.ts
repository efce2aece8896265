// The security gate on a copy of electron/: passes as reviewed, fails naming a planted finding, a stale entry or an audit that could not run.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyAllowList, readAllowList } from '../../../scripts/security-gate/electronegativity-check.mjs';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const allowListFile = path.join(repoRoot, '.ci', 'electronegativity-allow.json');
let folder: string;
let source: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dealmap-gate-'));
  source = path.join(folder, 'electron');
  await cp(path.join(repoRoot, 'electron'), source, { recursive: true });
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function gate(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/security-gate.mjs', '--input', source, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function plant(file: string, from: string, to: string): Promise<void> {
  const target = path.join(source, file);
  const text = await readFile(target, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from} to plant over`);
  await writeFile(target, text.replace(from, to));
}

describe('security gate', () => {
  it('passes on electron/ as reviewed', () => {
    const { status, output } = gate(['--skip-audit']);
    expect(output).toContain('3 finding(s) of medium or higher, 3 on the reviewed allow-list');
    expect(status).toBe(0);
  }, 60_000);

  it('fails on a planted finding and on a file it cannot parse, naming both', async () => {
    await plant('window.ts', 'contextIsolation: true,', 'contextIsolation: false,');
    await plant('pdf-printer.ts', 'sandbox: true,', 'sandbox: false,');
    await writeFile(path.join(source, 'broken.ts'), 'export const = ;\n');
    const { status, output } = gate(['--skip-audit']);
    expect(status).toBe(1);
    expect(output).toContain('security-gate: FAILED');
    expect(output).toMatch(/CONTEXT_ISOLATION_JS_CHECK \(HIGH\) at window\.ts:\d+ {2}contextIsolation: false,/);
    expect(output).toMatch(/SANDBOX_JS_CHECK \(MEDIUM\) at pdf-printer\.ts:\d+ {2}sandbox: false,/);
    expect(output).toContain('Electronegativity could not parse broken.ts');
  }, 60_000);

  it('fails when the audit cannot reach the registry, unless told to warn', () => {
    const offline = { npm_config_registry: 'http://127.0.0.1:9/' };
    const failed = gate([], offline);
    expect(failed.status).toBe(1);
    expect(failed.output).toMatch(/npm audit could not run: .*ECONNREFUSED.*NOT audited/);
    const warned = gate(['--audit-unavailable', 'warn'], offline);
    expect(warned.status).toBe(0);
    expect(warned.output).toContain('WARNING: npm audit could not run');
  }, 90_000);
});

describe('allow-list', () => {
  const finding = { check: 'PRELOAD_JS_CHECK', severity: 'MEDIUM', file: 'window.ts', line: 38, code: 'preload: x,', description: '' };

  it('covers a finding by check, file and the text on its line; an entry covering nothing is stale', () => {
    const entry = { check: 'PRELOAD_JS_CHECK', file: 'window.ts', code: 'preload:', reason: 'reviewed at length here' };
    expect(applyAllowList([finding], [entry])).toEqual({ unlisted: [], stale: [] });
    const elsewhere = { ...finding, file: 'other.ts' };
    expect(applyAllowList([elsewhere], [entry])).toEqual({ unlisted: [elsewhere], stale: [entry] });
    const otherLine = { ...finding, code: 'webPreferences: prefs,' };
    expect(applyAllowList([otherLine], [entry]).unlisted).toEqual([otherLine]);
  });

  it('reads the reviewed file, every entry with its reason', () => {
    const read = readAllowList(allowListFile);
    expect(read.problem).toBeUndefined();
    expect(read.entries?.length).toBeGreaterThan(0);
  });

  it('names the file, the entry and the field when an entry has no reason', async () => {
    const file = path.join(folder, 'allow.json');
    await writeFile(file, JSON.stringify([{ check: 'X', file: 'a.ts', reason: '' }]));
    expect(readAllowList(file).problem).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: entry 0\\.reason: .*reviewed reason`));
  });
});
