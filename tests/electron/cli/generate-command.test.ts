// `dealmap generate` on real temp folders: N valid files, byte-identical per seed, never overwriting.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { listWorkspaceDeals } from '../../../electron/services/list-deals';
import { validateDeal } from '../../../shared/model/validation';
import { useTempWorkspace } from '../../support/temp-workspace';

const TODAY = '2026-12-01';
const workspace = useTempWorkspace();

function collector() {
  let text = '';
  return { write: (chunk: string) => (text += chunk), text: () => text };
}

async function run(argv: string[]) {
  const stdout = collector();
  const stderr = collector();
  const code = await runCli(argv, { stdout, stderr }, TODAY, workspace());
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Every file of `<folder>/deals` with its exact text, by name. */
async function filesOf(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(join(workspace(), folder, 'deals'))).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(workspace(), folder, 'deals', name), 'utf8')));
  return new Map(names.map((name, index) => [name, texts[index] ?? '']));
}

describe('dealmap generate', () => {
  it('writes N deal files that all read back as valid deals, and says so', async () => {
    const result = await run(['generate', '--deals', '60', 'pipeline']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Wrote 60 deals to pipeline[/\\]deals \(seed 2026, as of 2026-11-27\) in \d+\.\d s\.\n$/);
    const files = await filesOf('pipeline');
    expect(files.size).toBe(60);
    for (const [name, text] of files) {
      const validation = validateDeal(JSON.parse(text));
      expect(validation.ok ? `${validation.deal.id}.json` : validation.issues).toBe(name);
      expect(text.endsWith('}\n')).toBe(true);
    }
    const listing = await listWorkspaceDeals(join(workspace(), 'pipeline'));
    expect(listing.problems).toEqual([]);
    expect(listing.deals).toHaveLength(60);
  });

  it('is reproducible: the same seed writes byte-identical files, another seed different ones', async () => {
    await run(['generate', '--deals', '25', '--seed', '7', 'a']);
    await run(['generate', '--deals', '25', '--seed=7', 'b']);
    await run(['generate', '--deals', '25', '--seed', '8', 'c']);
    const [a, b, c] = await Promise.all([filesOf('a'), filesOf('b'), filesOf('c')]);
    expect([...b]).toEqual([...a]);
    expect([...c.values()]).not.toEqual([...a.values()]);
    expect([...c.keys()].filter((name) => a.has(name)).length).toBeLessThan(25);
  });

  it('moves every generated date with --as-of and nothing else', async () => {
    await run(['generate', '--deals', '5', 'now']);
    await run(['generate', '--deals', '5', '--as-of', '2027-11-27', 'later']);
    const [now, later] = await Promise.all([filesOf('now'), filesOf('later')]);
    expect([...later.keys()]).toEqual([...now.keys()]);
    const first = (files: Map<string, string>) => JSON.parse([...files.values()][0] ?? '') as { closeDate: string; name: string };
    expect(first(later).name).toBe(first(now).name);
    expect(first(later).closeDate).not.toBe(first(now).closeDate);
  });

  it('refuses to overwrite an existing deal file, names it, and writes nothing', async () => {
    await run(['generate', '--deals', '3', 'ws']);
    const names = [...(await filesOf('ws')).keys()];
    const kept = names.find((name) => name.endsWith('-0002.json')) ?? '';
    await Promise.all(names.filter((name) => name !== kept).map((name) => rm(join(workspace(), 'ws', 'deals', name))));
    await writeFile(join(workspace(), 'ws', 'deals', kept), 'hand-edited\n');
    const result = await run(['generate', '--deals', '10', 'ws']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `dealmap: deals/${kept} already exists in ws; nothing was written. Generate into an empty folder, or pick another one.\n`,
    );
    expect(await filesOf('ws')).toEqual(new Map([[kept, 'hand-edited\n']]));
  });

  it('adds to a workspace whose deal files do not clash', async () => {
    await run(['generate', '--deals', '4', '--seed', '1', 'ws']);
    const result = await run(['generate', '--deals', '4', '--seed', '2', 'ws']);
    expect(result.code).toBe(0);
    expect((await filesOf('ws')).size).toBe(8);
  });

  it('exits 1 when the folder cannot be created', async () => {
    await writeFile(join(workspace(), 'a-file'), '');
    const result = await run(['generate', '--deals', '2', 'a-file']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^dealmap: could not write the deals into a-file: /);
  });

  it('exits 2 with the usage on a bad option', async () => {
    const result = await run(['generate', '--deals', 'many', 'ws']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--deals expects a whole number from 1 to 100000, got "many"[\s\S]*Usage: npm run dealmap -- report/);
    await expect(readdir(workspace())).resolves.toEqual([]);
  });
});

describe('dealmap help and review', () => {
  it('prints the usage of all three commands with their exit statuses', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    for (const text of ['-- report <', '-- review <', '-- generate --deals N', 'Exit status:', '  generate   0 deals written']) {
      expect(result.stdout).toContain(text);
    }
  });

  it('dispatches review to its command, which refuses a folder that is no workspace', async () => {
    const result = await run(['review', '.', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^dealmap: /);
  });
});
