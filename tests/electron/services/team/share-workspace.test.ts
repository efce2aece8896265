// Sharing a plain workspace through a team repository: the first person's deals go up, the next person's are merged with them.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage } from '../../../../shared/i18n/dealmap-intl';
import { serializeDeal } from '../../../../electron/services/deal-file-order';
import { buildHealthyDeal } from '../../../support/deal-builder';
import { git, makeTeamRepos, servicesOf, type TeamRepos } from '../../../support/team-repos';

let repos: TeamRepos | undefined;
afterEach(async () => {
  await repos?.remove().catch(() => undefined);
  repos = undefined;
});

async function plainWorkspace(folder: string, ids: readonly string[]): Promise<string> {
  await mkdir(join(folder, 'deals'), { recursive: true });
  for (const id of ids) await writeFile(join(folder, 'deals', `${id}.json`), serializeDeal(buildHealthyDeal({ id, name: `Deal ${id}` })));
  return folder;
}

describe('a computer without git', () => {
  it('says git is missing instead of passing a clone for a plain folder, and refuses to share', async () => {
    repos = await makeTeamRepos([]);
    const clone = repos.clone('Sara Lind');
    const path = process.env.PATH;
    process.env.PATH = join(repos.root, 'no-tools-here');
    try {
      const status = await servicesOf(clone).teamStatus({});
      expect([status.state, status.problems[0]]).toEqual(['attention', expect.stringMatching(/^Git is not installed/)]);
      // Shown in the reader's language: the same problem as a message.
      expect(status.problemMessages.map((problem) => renderMessage(dealmapIntl('sv'), problem))).toEqual([expect.stringMatching(/^Git finns inte på den här datorn/)]);
      expect(status.problemMessages.map((problem) => renderMessage(dealmapIntl('en'), problem))).toEqual(status.problems);
      const plain = await plainWorkspace(join(repos.root, 'plain'), ['alpha']);
      await expect(servicesOf(plain).shareWorkspace({ remote: repos.bare, name: 'A', email: 'a@example.com' })).rejects.toThrow(/Git is not installed/);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('shareWorkspace', () => {
  it('sends the first workspace and merges the second one with it', async () => {
    repos = await makeTeamRepos([]);
    const empty = join(repos.root, 'team-empty.git');
    git(repos.root, 'init', '-q', '--bare', '-b', 'main', empty);
    const sara = await plainWorkspace(join(repos.root, 'sara-plain'), ['alpha', 'shared']);
    const nils = await plainWorkspace(join(repos.root, 'nils-plain'), ['beta', 'shared']);
    expect((await servicesOf(sara).teamStatus({})).state).toBe('local');
    const first = await servicesOf(sara).shareWorkspace({ remote: empty, name: 'Sara Lind', email: 'sara@example.com' });
    expect(first.state).toBe('in-step');
    const second = await servicesOf(nils).shareWorkspace({ remote: empty, name: 'Nils Ek', email: 'nils@example.com' });
    expect(second.state).toBe('in-step');
    expect(git(empty, 'ls-tree', '-r', '--name-only', 'main').trim().split('\n')).toEqual(['.gitignore', 'deals/alpha.json', 'deals/beta.json', 'deals/shared.json']);
    expect((await servicesOf(nils).listDeals({})).deals.map((deal) => deal.id).sort()).toEqual(['alpha', 'beta', 'shared']);
    await expect(servicesOf(nils).shareWorkspace({ remote: empty, name: 'Nils Ek', email: 'nils@example.com' })).rejects.toThrow(/git folder already/);
  });
});
