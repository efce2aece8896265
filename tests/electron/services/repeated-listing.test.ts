// A listing that finds every file as it was answers the same listing object (the host reuses its compressed answer); any change makes a new one.
import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { serializeDeal } from '../../../electron/services/deal-file-order';
import { buildHealthyDeal } from '../../support/deal-builder';
import { makeTempWorkspace, putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace();
const AS_OF = '2026-11-30';

/** Two deal files old enough that the index trusts their stat, and one process's services over them. */
async function setup() {
  const cache = await makeTempWorkspace('dealmap-cache-');
  await putDealFile(workspace(), 'alpha.json', serializeDeal(buildHealthyDeal({ id: 'alpha', name: 'Alpha', amount: 100 })));
  await putDealFile(workspace(), 'beta.json', serializeDeal(buildHealthyDeal({ id: 'beta', name: 'Beta', amount: 200 })));
  const old = new Date(Date.now() - 60_000);
  for (const name of ['alpha.json', 'beta.json']) await utimes(join(workspace(), 'deals', name), old, old);
  return createDealmapServices({ workspace: workspace(), cacheFolder: cache });
}

describe('a repeated listing', () => {
  it('is the same object while no file changed, and a new one with the new content after a change behind the index’s back', async () => {
    const services = await setup();
    const first = await services.listDeals({ asOf: AS_OF });
    expect(await services.listDeals({ asOf: AS_OF })).toBe(first);

    const path = join(workspace(), 'deals', 'alpha.json');
    const before = await stat(path);
    await writeFile(path, (await readFile(path, 'utf8')).replace('"amount": 100,', '"amount": 300,'));
    await utimes(path, before.atime, before.mtime);
    const changed = await services.listDeals({ asOf: AS_OF });
    expect(changed).not.toBe(first);
    expect(changed.deals.map((deal) => deal.amount)).toEqual([300, 200]);
    // The answer already given is never changed.
    expect(first.deals.map((deal) => deal.amount)).toEqual([100, 200]);
  });

  it('is a new object for another review date, a new file and a removed one', async () => {
    const services = await setup();
    const first = await services.listDeals({ asOf: AS_OF });
    const otherDay = await services.listDeals({ asOf: '2026-12-01' });
    expect(otherDay).not.toBe(first);
    expect(otherDay.asOf).toBe('2026-12-01');

    await putDealFile(workspace(), 'gamma.json', serializeDeal(buildHealthyDeal({ id: 'gamma', name: 'Gamma', amount: 50 })));
    const added = await services.listDeals({ asOf: AS_OF });
    expect(added.deals.map((deal) => deal.id)).toEqual(['alpha', 'beta', 'gamma']);

    await rm(join(workspace(), 'deals', 'gamma.json'));
    const removed = await services.listDeals({ asOf: AS_OF });
    expect(removed).not.toBe(added);
    expect(removed.deals.map((deal) => deal.id)).toEqual(['alpha', 'beta']);
  });
});
