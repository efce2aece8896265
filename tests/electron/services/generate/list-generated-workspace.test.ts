// listDeals on a generated workspace: concurrent reads give the same verdicts, in the same order, as one by one.
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDeals, writeGeneratedWorkspace } from '../../../../electron/services/generate';
import { compareDeals, listWorkspaceDeals } from '../../../../electron/services/list-deals';
import { readDealFile } from '../../../../electron/services/read-deal-file';
import { useTempWorkspace } from '../../../support/temp-workspace';

const workspace = useTempWorkspace();

describe('listWorkspaceDeals on a generated workspace', () => {
  it('loads every generated deal as written', async () => {
    const deals = generateDeals({ deals: 150, seed: 11, asOf: '2026-11-27' });
    await writeGeneratedWorkspace(workspace(), deals);
    const listing = await listWorkspaceDeals(workspace());
    expect(listing.problems).toEqual([]);
    expect(listing.deals).toEqual([...deals].sort(compareDeals));
  });

  it('gives the verdicts of reading each file alone, with problems in file-name order', async () => {
    const deals = generateDeals({ deals: 120, seed: 12, asOf: '2026-11-27' });
    await writeGeneratedWorkspace(workspace(), deals);
    const folder = join(workspace(), 'deals');
    const names = (await readdir(folder)).sort();
    const damage: [number, string][] = [
      [3, '{ "schemaVersion": 2,'],
      [40, 'null'],
      [41, JSON.stringify({ ...deals[0], stakeholders: [{ id: 'x' }] })],
      [90, JSON.stringify({ ...deals[0], schemaVersion: 9 })],
    ];
    await Promise.all(damage.map(([index, text]) => writeFile(join(folder, names[index] ?? ''), text)));
    await rm(join(folder, names[100] ?? ''));

    const listing = await listWorkspaceDeals(workspace());
    const alone = [];
    for (const name of (await readdir(folder)).sort()) alone.push(await readDealFile(join(folder, name), `deals/${name}`));
    expect(listing.problems).toEqual(alone.flatMap((read) => (read.kind === 'problem' ? [read.problem] : [])));
    expect(listing.problems.map((problem) => problem.file)).toEqual(damage.map(([index]) => `deals/${names[index]}`));
    expect(listing.deals).toEqual(alone.flatMap((read) => (read.kind === 'deal' ? [read.deal] : [])).sort(compareDeals));
    expect(listing.deals).toHaveLength(120 - damage.length - 1);
  });
});
