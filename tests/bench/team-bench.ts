// Team workspace bench: what committing a save costs in a 5,000-deal clone, and a sync that brings in 50 changed deals.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serializeDeal } from '../../electron/services/deal-file-order';
import { createDealmapServices } from '../../electron/services/dealmap-services';
import { commitChanges } from '../../electron/services/team/commit-changes';
import { syncWorkspace } from '../../electron/services/team/sync-workspace';
import { teamGit } from '../../electron/services/team/team-git';
import { dealFingerprint } from '../../shared/model/deal-fingerprint';
import type { Deal } from '../../shared/model/deal-schema';
import { makeTeamRepos } from '../support/team-repos';
import { median, measure, report } from './bench-kit';
import { seededRandom, typicalDeal } from './typical-deal';

const DEALS = 5_000;
const INCOMING = 50;
const random = seededRandom(12);
const deals = Array.from({ length: DEALS }, (_, n) => typicalDeal(n, { stakeholders: 12, relations: 20 }, random));
const repos = await makeTeamRepos(deals);

async function change(folder: string, id: string, edit: (deal: Deal) => Deal): Promise<void> {
  const file = join(folder, 'deals', `${id}.json`);
  const deal = JSON.parse(await readFile(file, 'utf8')) as Deal;
  await writeFile(file, serializeDeal({ ...edit(deal), revision: deal.revision + 1 }));
}

try {
  const [ae, coach] = [repos.clone('Sara Lind'), repos.clone('Nils Ek')];
  const [aeGit, coachGit] = [teamGit(ae), teamGit(coach)];

  // The save alone (it answers before its commit), then the commit a save adds in the background.
  const services = createDealmapServices({ workspace: ae, cacheFolder: join(repos.root, 'cache') });
  let round = 0;
  const saves: number[] = [];
  const saveAndCommit: number[] = [];
  for (let run = 0; run < 14; run += 1) {
    const deal = await services.getDeal({ id: 'deal-1' });
    const start = performance.now();
    await services.saveDeal({ deal: { ...deal, owner: `Owner ${(round += 1)}` }, base: dealFingerprint(deal) });
    const saved = performance.now();
    // The save's commit is queued behind it; a history call waits for the queue and costs one git log.
    await services.dealHistory({ id: 'deal-1', limit: 1 });
    if (run >= 3) saves.push(saved - start);
    if (run >= 3) saveAndCommit.push(performance.now() - start);
  }
  const spread = (values: number[]) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });
  report(`saveDeal in a ${DEALS.toLocaleString('en')}-deal team clone (answers before its commit)`, spread(saves));
  report('the same save until its commit is made (plus one git log)', spread(saveAndCommit));
  report(
    `commit of one save (message from the diff), ${DEALS.toLocaleString('en')}-deal clone`,
    await measure(async () => {
      await change(ae, 'deal-2', (deal) => ({ ...deal, owner: `Owner ${(round += 1)}` }));
      await commitChanges(ae, aeGit, ['deals/deal-2.json']);
    }, 21),
  );
  await syncWorkspace(ae, aeGit);
  await syncWorkspace(coach, coachGit);

  // Each run: the coach changes 50 deals and sends them; the AE has 5 commits of her own, 5 on the same deals (other fields).
  const timings: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    const first = 100 + run * INCOMING;
    for (let n = first; n < first + INCOMING; n += 1) await change(coach, `deal-${n}`, (deal) => ({ ...deal, amount: 1000 + run }));
    await commitChanges(coach, coachGit);
    await syncWorkspace(coach, coachGit);
    for (let n = 0; n < 5; n += 1) {
      await change(ae, `deal-${3000 + run * 5 + n}`, (deal) => ({ ...deal, owner: `AE ${run}` }));
      await change(ae, `deal-${first + n}`, (deal) => ({ ...deal, name: `${deal.name} (AE ${run})` }));
      await commitChanges(ae, aeGit);
    }
    const start = performance.now();
    const result = await syncWorkspace(ae, aeGit);
    timings.push(performance.now() - start);
    if (result.incoming < INCOMING || !result.pushed || result.clashes.length > 0) throw new Error(`unexpected sync: ${JSON.stringify({ ...result, notes: result.notes.length })}`);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  report(`sync: ${INCOMING} incoming changed deals merged, ${DEALS.toLocaleString('en')}-deal clone`, { median: median(timings), min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, runs: timings.length });
  services.closeTeam();
} finally {
  await repos.remove();
}
