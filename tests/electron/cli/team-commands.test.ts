// `dealmap clone`, `sync` and `history` against a real bare repository: hand edits are committed as the user, clashes listed.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { serializeDeal } from '../../../electron/services/deal-file-order';
import type { Deal } from '../../../shared/model/deal-schema';
import { buildHealthyDeal, withStakeholder } from '../../support/deal-builder';
import { git, makeTeamRepos, type TeamRepos } from '../../support/team-repos';

const ERP = buildHealthyDeal();
let repos: TeamRepos | undefined;
afterEach(async () => {
  await repos?.remove().catch(() => undefined);
  repos = undefined;
});

async function run(argv: string[], cwd: string) {
  let [stdout, stderr] = ['', ''];
  const code = await runCli(argv, { stdout: { write: (chunk: string) => (stdout += chunk) }, stderr: { write: (chunk: string) => (stderr += chunk) } }, '2026-12-02', cwd);
  return { code, stdout, stderr };
}

async function handEdit(folder: string, change: (deal: Deal) => Deal): Promise<void> {
  const file = join(folder, 'deals', `${ERP.id}.json`);
  await writeFile(file, serializeDeal(change(JSON.parse(await readFile(file, 'utf8')) as Deal)));
}

describe('dealmap clone, sync and history', () => {
  it('clones as a user, commits hand edits as that user, merges, and shows who changed what', async () => {
    repos = await makeTeamRepos([ERP]);
    const cloned = await run(['clone', repos.bare, 'sara', '--name', 'Sara Lind', '--email', 'sara@example.com'], repos.root);
    expect(cloned.code).toBe(0);
    const sara = join(repos.root, 'sara');
    const nils = repos.clone('Nils Ek');
    await handEdit(sara, (deal) => withStakeholder(deal, 'eva', { stance: 'supporter' }));
    await handEdit(nils, (deal) => ({ ...deal, amount: 123456 }));
    expect((await run(['sync', 'sara'], repos.root)).stdout).toMatch(/^in step with the team/);
    expect((await run(['sync', nils], repos.root)).code).toBe(0);
    const history = await run(['history', nils, ERP.id, '--json'], repos.root);
    // Each change is a message reference with its English text beside it.
    const entries = (JSON.parse(history.stdout) as { entries: { by: string; changes: { id: string; text: string }[] }[] }).entries.map((entry) => ({ ...entry, changes: entry.changes.map((change) => change.text) }));
    expect(JSON.parse(history.stdout)).toMatchObject({ entries: expect.arrayContaining([expect.objectContaining({ changes: [expect.objectContaining({ id: 'changes.history.field', values: expect.any(Object) })] })]) });
    expect(entries.find((entry) => entry.by === 'Sara Lind')?.changes).toEqual(['Eva Berg › Stance changed from Champion to Supporter']);
    expect(entries.find((entry) => entry.by === 'Nils Ek' && !entry.changes[0]?.startsWith('merged'))?.changes).toEqual(['Amount 480000 → 123456']);
    const text = await run(['history', nils, ERP.id], repos.root);
    expect(text.stdout).toMatch(/Sara Lind\n {2}Eva Berg › Stance changed from Champion to Supporter/);
    expect((await run(['history', nils, ERP.id, '--lang', 'sv'], repos.root)).stdout).toMatch(/Sara Lind\n {2}Eva Berg › Hållning ändrades från Ambassadör till Förespråkare/);
    // The seed commit is dated now: as of today the deal is the merged one, as of long ago it did not exist.
    const today = new Date().toISOString().slice(0, 10);
    const asOf = JSON.parse((await run(['history', nils, ERP.id, '--at', today, '--json'], repos.root)).stdout) as { deal: Deal; changesSince: string[] };
    expect([asOf.deal.amount, asOf.changesSince]).toEqual([123456, []]);
    expect((await run(['history', nils, ERP.id, '--at', '2000-01-01'], repos.root)).stdout).toBe(`No version of ${ERP.id} on or before 2000-01-01.\n`);
  });

  it('starts a team workspace in an empty repository and keeps a token out of the remote address', async () => {
    repos = await makeTeamRepos([]);
    const empty = join(repos.root, 'empty.git');
    git(repos.root, 'init', '-q', '--bare', '-b', 'main', empty);
    process.env.DEALMAP_GIT_TOKEN = 'secret-token';
    try {
      expect((await run(['clone', empty, 'first', '--name', 'Sara Lind', '--email', 'sara@example.com'], repos.root)).code).toBe(0);
    } finally {
      delete process.env.DEALMAP_GIT_TOKEN;
    }
    const first = join(repos.root, 'first');
    expect(git(empty, 'log', '--format=%an|%s', 'main').trim()).toBe('Sara Lind|Start the team workspace');
    expect(git(first, 'remote', 'get-url', 'origin').trim()).toBe(empty);
    expect(git(first, 'config', '--get', `http.${empty}.extraHeader`).trim()).toBe(`Authorization: Basic ${Buffer.from('dealmap:secret-token').toString('base64')}`);
    expect((await run(['clone', empty, 'first', '--name', 'A', '--email', 'a@example.com'], repos.root)).stderr).toMatch(/not empty/);
  });

  it('lists a clash and answers 1; a plain folder answers 2', async () => {
    repos = await makeTeamRepos([ERP]);
    const [sara, nils] = [repos.clone('Sara Lind'), repos.clone('Nils Ek')];
    await handEdit(sara, (deal) => ({ ...deal, amount: 1 }));
    await handEdit(nils, (deal) => ({ ...deal, amount: 2 }));
    await run(['sync', sara], repos.root);
    const clash = await run(['sync', nils], repos.root);
    expect(clash.code).toBe(1);
    expect(clash.stdout).toContain(`clash: deals/${ERP.id}.json`);
    expect(git(nils, 'log', '-1', '--format=%an', 'HEAD').trim()).toBe('Nils Ek');
    expect((await run(['sync', repos.root], repos.root)).code).toBe(2);
  });
});
