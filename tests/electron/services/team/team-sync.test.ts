// Team workspaces through a real bare repository and clones as different users: merges per field, clashes, offline, rights.
import { inEnglish } from '../../../support/english-gaps';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeDeal } from '../../../../electron/services/deal-file-order';
import { dealmapIntl, renderMessage } from '../../../../shared/i18n/dealmap-intl';
import { dealFingerprint } from '../../../../shared/model/deal-fingerprint';
import type { Deal } from '../../../../shared/model/deal-schema';
import { resolveClash } from '../../../../shared/merge/resolve-clash';
import { buildHealthyDeal, withStakeholder } from '../../../support/deal-builder';
import { git, makeTeamRepos, remoteDeal, servicesOf, type TeamRepos } from '../../../support/team-repos';

const ERP = buildHealthyDeal();
let repos: TeamRepos | undefined;
afterEach(async () => {
  await repos?.remove().catch(() => undefined);
  repos = undefined;
});

async function edit(folder: string, id: string, change: (deal: Deal) => Deal): Promise<Deal> {
  const services = servicesOf(folder);
  const deal = await services.getDeal({ id });
  const saved = await services.saveDeal({ deal: change(deal), base: dealFingerprint(deal) });
  // The save's commit runs in the background; the status waits for it.
  await services.teamStatus({});
  return saved;
}

const person = (deal: Deal, id: string) => deal.stakeholders.find((entry) => entry.id === id);

describe('team sync through a bare repository', () => {
  it('commits a save with the user as author and a message saying what changed', async () => {
    repos = await makeTeamRepos([ERP]);
    const sara = repos.clone('Sara Lind');
    await edit(sara, ERP.id, (deal) => withStakeholder(deal, 'eva', { stance: 'supporter' }));
    await mkdir(join(sara, 'exports', 'map'), { recursive: true });
    await writeFile(join(sara, 'exports', 'map', 'map.svg'), '<svg/>');
    const status = await servicesOf(sara).syncTeam({});
    expect(status.state).toBe('in-step');
    expect(git(repos.bare, 'log', '-1', '--format=%an|%s', 'main').trim()).toBe('Sara Lind|Eva Berg › Stance changed from Champion to Supporter');
    // Exports stay on the computer that made them.
    expect(git(repos.bare, 'ls-tree', '-r', '--name-only', 'main').trim().split('\n')).toEqual(['.gitignore', 'deals/northwind-erp.json']);
  });

  it('keeps both edits when two people change different people of one deal', async () => {
    repos = await makeTeamRepos([ERP]);
    const [sara, nils] = [repos.clone('Sara Lind'), repos.clone('Nils Ek')];
    await edit(sara, ERP.id, (deal) => withStakeholder(deal, 'eva', { stance: 'supporter' }));
    await edit(nils, ERP.id, (deal) => withStakeholder(deal, 'anders', { influence: 5 }));
    await servicesOf(sara).syncTeam({});
    const status = await servicesOf(nils).syncTeam({});
    expect(status.state).toBe('in-step');
    await servicesOf(sara).syncTeam({});
    for (const folder of [sara, nils]) {
      const deal = await servicesOf(folder).getDeal({ id: ERP.id });
      expect(person(deal, 'eva')?.stance).toBe('supporter');
      expect(person(deal, 'anders')?.influence).toBe(5);
    }
    expect(await readFile(join(nils, 'deals', `${ERP.id}.json`), 'utf8')).not.toMatch(/^(<<<<<<<|>>>>>>>|=======)/m);
  });

  it('shows a clash on one field with both values and authors, loses nothing, and settles it for everyone', async () => {
    repos = await makeTeamRepos([ERP]);
    const [sara, nils] = [repos.clone('Sara Lind'), repos.clone('Nils Ek')];
    await edit(sara, ERP.id, (deal) => withStakeholder(deal, 'eva', { stance: 'supporter' }));
    await edit(nils, ERP.id, (deal) => withStakeholder(deal, 'eva', { stance: 'saboteur' }));
    await servicesOf(sara).syncTeam({});
    const status = await servicesOf(nils).syncTeam({});
    expect(status.state).toBe('attention');
    expect(status.clashFiles).toEqual([`deals/${ERP.id}.json`]);
    const clashed = await servicesOf(nils).getDeal({ id: ERP.id });
    expect(person(clashed, 'eva')?.stance).toBe('saboteur');
    expect(clashed.clashes?.[0]).toMatchObject({ label: 'Eva Berg › Stance', current: { value: 'saboteur', by: 'Nils Ek' }, other: { value: 'supporter', by: 'Sara Lind' } });
    // Sara sees the same clash once she syncs, then picks her value; both end in step with it.
    expect((await servicesOf(sara).syncTeam({})).clashFiles).toHaveLength(1);
    await edit(sara, ERP.id, (deal) => resolveClash(deal, deal.clashes?.[0]?.id ?? '', 'other'));
    expect((await servicesOf(sara).syncTeam({})).state).toBe('in-step');
    expect((await servicesOf(nils).syncTeam({})).state).toBe('in-step');
    const settled = await servicesOf(nils).getDeal({ id: ERP.id });
    expect(person(settled, 'eva')?.stance).toBe('supporter');
    expect(settled.clashes).toBeUndefined();
  });

  it('keeps a deal one person deleted while the other edited it, and says so', async () => {
    repos = await makeTeamRepos([ERP]);
    const [sara, nils] = [repos.clone('Sara Lind'), repos.clone('Nils Ek')];
    await servicesOf(sara).deleteDeal({ id: ERP.id, revision: ERP.revision });
    await servicesOf(sara).teamStatus({});
    await edit(nils, ERP.id, (deal) => ({ ...deal, amount: 700000 }));
    await servicesOf(sara).syncTeam({});
    const status = await servicesOf(nils).syncTeam({});
    expect(status.problems.join(' ')).toMatch(/deleted by Sara Lind, edited by Nils Ek; kept/);
    const swedish = status.problemMessages.map((problem) => renderMessage(dealmapIntl('sv'), problem));
    expect(swedish).toContain(`Vid sammanfogningen: Affären ”${ERP.name}” (deals/${ERP.id}.json): togs bort av Sara Lind men ändrades av Nils Ek; affären behölls`);
    await servicesOf(sara).syncTeam({});
    expect((await servicesOf(sara).getDeal({ id: ERP.id })).amount).toBe(700000);
  });

  it('works offline and sends the commits once the remote is back', async () => {
    repos = await makeTeamRepos([ERP]);
    const [sara, nils] = [repos.clone('Sara Lind'), repos.clone('Nils Ek')];
    const away = `${repos.bare}-away`;
    await rename(repos.bare, away);
    await edit(sara, ERP.id, (deal) => ({ ...deal, amount: 510000 }));
    await edit(sara, ERP.id, (deal) => withStakeholder(deal, 'eva', { notes: 'Back from holiday' }));
    const offline = await servicesOf(sara).syncTeam({});
    expect(offline.state).toBe('offline');
    expect(offline.toSend).toBe(2);
    await rename(away, repos.bare);
    expect((await servicesOf(sara).syncTeam({})).state).toBe('in-step');
    await servicesOf(nils).syncTeam({});
    const deal = await servicesOf(nils).getDeal({ id: ERP.id });
    expect([deal.amount, person(deal, 'eva')?.notes]).toEqual([510000, 'Back from holiday']);
  });

  it('fetches, merges and retries when the push is refused because the remote moved meanwhile', async () => {
    repos = await makeTeamRepos([ERP]);
    const [sara, nils] = [repos.clone('Sara Lind'), repos.clone('Nils Ek')];
    await edit(nils, ERP.id, (deal) => withStakeholder(deal, 'anders', { title: 'CIO' }));
    git(nils, 'push', '-q', 'origin', 'HEAD:refs/heads/pending');
    // The remote moves main to Nils's commit while Sara's push is being received: her push is refused.
    const hook = join(repos.bare, 'hooks', 'pre-receive');
    await writeFile(hook, `#!/bin/sh\nif [ ! -f moved ]; then touch moved; unset GIT_QUARANTINE_PATH; git update-ref refs/heads/main refs/heads/pending; fi\nexit 0\n`);
    await chmod(hook, 0o755);
    await edit(sara, ERP.id, (deal) => withStakeholder(deal, 'eva', { title: 'CEO' }));
    const status = await servicesOf(sara).syncTeam({});
    expect(status.state).toBe('in-step');
    const onRemote = remoteDeal(repos, ERP.id) as Deal;
    expect([person(onRemote, 'anders')?.title, person(onRemote, 'eva')?.title]).toEqual(['CIO', 'CEO']);
  });

  it('lists a damaged deal file from the remote as that file\u2019s error and never rewrites or sends it changed', async () => {
    const other = buildHealthyDeal({ id: 'acme-crm', name: 'CRM' });
    repos = await makeTeamRepos([ERP, other]);
    const [sara, nils] = [repos.clone('Sara Lind'), repos.clone('Nils Ek')];
    const broken = '{ "schemaVersion": 2, "id": "northwind-erp", \n';
    await writeFile(join(nils, 'deals', `${ERP.id}.json`), broken);
    git(nils, 'commit', '-q', '-am', 'hand edit');
    git(nils, 'push', '-q', 'origin', 'HEAD:main');
    const damagedBlob = git(repos.bare, 'rev-parse', `main:deals/${ERP.id}.json`).trim();
    await edit(sara, ERP.id, (deal) => ({ ...deal, amount: 1 }));
    await edit(sara, other.id, (deal) => ({ ...deal, amount: 2 }));
    const status = await servicesOf(sara).syncTeam({});
    expect(status.problems.join('\n')).toMatch(/deals\/northwind-erp\.json.*arrived from Nils Ek/);
    expect(await readFile(join(sara, 'deals', `${ERP.id}.json`), 'utf8')).toBe(broken);
    const listing = await servicesOf(sara).listDeals({});
    expect(listing.problems.map((problem) => problem.file)).toEqual([`deals/${ERP.id}.json`]);
    expect(git(repos.bare, 'rev-parse', `main:deals/${ERP.id}.json`).trim()).toBe(damagedBlob);
    expect((remoteDeal(repos, other.id) as Deal).amount).toBe(2);
  });

  it('tells an AE without push rights that changes stay on this computer', async () => {
    repos = await makeTeamRepos([ERP]);
    const sara = repos.clone('Sara Lind');
    const hook = join(repos.bare, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "You are not allowed to push code to this project." >&2\nexit 1\n');
    await chmod(hook, 0o755);
    await edit(sara, ERP.id, (deal) => ({ ...deal, amount: 3 }));
    const status = await servicesOf(sara).syncTeam({});
    expect(status.state).toBe('attention');
    expect(status.toSend).toBe(1);
    expect(status.problems[0]).toMatch(/can read this workspace but not send changes/);
    expect(renderMessage(dealmapIntl('sv'), status.problemMessages[0] ?? { id: 'missing' })).toMatch(/^Du kan läsa arbetsytan men inte skicka ändringar.*\(git: /);
  });

  it('opens a deal as it was at a review date and lists what changed since', async () => {
    repos = await makeTeamRepos([ERP]);
    const sara = repos.clone('Sara Lind');
    const dated = (date: string, ...args: string[]) => execFileSync('git', args, { cwd: sara, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    await writeFile(join(sara, 'deals', `${ERP.id}.json`), serializeDeal({ ...ERP, amount: 111 }));
    dated('2026-11-13T10:00:00Z', 'commit', '-q', '-am', 'before the review');
    await writeFile(join(sara, 'deals', `${ERP.id}.json`), serializeDeal({ ...withStakeholder(ERP, 'eva', { stance: 'supporter' }), amount: 222 }));
    dated('2026-11-20T10:00:00Z', 'commit', '-q', '-am', 'after the review');
    const asOf = await servicesOf(sara).dealAsOf({ id: ERP.id, date: '2026-11-13' });
    expect([asOf.deal?.amount, asOf.by, asOf.changesSince.map(inEnglish)]).toEqual([111, 'Sara Lind', ['Amount 111 → 222', 'Eva Berg › Stance changed from Champion to Supporter']]);
  });

  it('answers a deal\u2019s history: who changed what and when', async () => {
    repos = await makeTeamRepos([ERP]);
    const sara = repos.clone('Sara Lind');
    await edit(sara, ERP.id, (deal) => withStakeholder(deal, 'eva', { stance: 'supporter' }));
    await servicesOf(sara).syncTeam({});
    const history = await servicesOf(sara).dealHistory({ id: ERP.id });
    expect(history.entries.map((entry) => [entry.by, entry.changes.map(inEnglish)])).toEqual([
      ['Sara Lind', ['Eva Berg › Stance changed from Champion to Supporter']],
      ['Seed', ['created deal ERP replacement']],
    ]);
  });
});
