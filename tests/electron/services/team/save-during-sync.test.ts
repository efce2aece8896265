// A save that lands while a sync merges the team's changes: both are kept, nothing is overwritten.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeDeal } from '../../../../electron/services/deal-file-order';
import { mergeRemote } from '../../../../electron/services/team/merge-remote';
import { teamGit } from '../../../../electron/services/team/team-git';
import type { Deal } from '../../../../shared/model/deal-schema';
import { buildHealthyDeal, withStakeholder } from '../../../support/deal-builder';
import { git, makeTeamRepos, type TeamRepos } from '../../../support/team-repos';

const ERP = buildHealthyDeal();
const OTHER = buildHealthyDeal({ id: 'other', name: 'Other' });
let repos: TeamRepos | undefined;
afterEach(async () => {
  await repos?.remove().catch(() => undefined);
  repos = undefined;
});

describe('a save during a sync', () => {
  it('is merged with the incoming version of the same deal', async () => {
    repos = await makeTeamRepos([ERP, OTHER]);
    const [sara, nils] = [repos.clone('Sara Lind'), repos.clone('Nils Ek')];
    await writeFile(join(nils, 'deals', `${ERP.id}.json`), serializeDeal({ ...ERP, amount: 999 }));
    git(nils, 'commit', '-q', '-am', 'amount');
    git(nils, 'push', '-q', 'origin', 'HEAD:main');
    // Sara has a commit of her own (so the sync makes a merge), then saves the same deal just as the merge runs.
    await writeFile(join(sara, 'deals', 'other.json'), serializeDeal({ ...OTHER, amount: 5 }));
    git(sara, 'commit', '-q', '-am', 'other');
    git(sara, 'fetch', '-q', 'origin');
    await writeFile(join(sara, 'deals', `${ERP.id}.json`), serializeDeal(withStakeholder(ERP, 'eva', { title: 'CEO' })));
    const merge = await mergeRemote(sara, teamGit(sara), 'refs/remotes/origin/main', 'Merged');
    expect(merge.incoming).toBe(1);
    const onDisk = JSON.parse(await readFile(join(sara, 'deals', `${ERP.id}.json`), 'utf8')) as Deal;
    expect([onDisk.amount, onDisk.stakeholders.find((person) => person.id === 'eva')?.title]).toEqual([999, 'CEO']);
    const committed = JSON.parse(git(sara, 'show', `HEAD:deals/${ERP.id}.json`)) as Deal;
    expect(committed.amount).toBe(999);
  });
});
