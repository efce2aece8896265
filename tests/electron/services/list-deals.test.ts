// listDeals on real folders: good files load, bad files are named with field path and reason.
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { buildDeal, buildStakeholder, makeTempWorkspace, putDealFile } from './support/build-deal';

let workspace: string;
beforeEach(async () => {
  workspace = await makeTempWorkspace();
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('listDeals', () => {
  it('answers an empty listing for a folder without deals/', async () => {
    const listing = await createDealmapServices({ workspace }).listDeals({});
    expect(listing).toEqual({ workspace, deals: [], problems: [] });
  });

  it('loads valid deals sorted by name then id, and skips temp and non-JSON files', async () => {
    await putDealFile(workspace, 'zeta.json', buildDeal({ id: 'zeta', name: 'Alpha deal' }));
    await putDealFile(workspace, 'beta.json', buildDeal({ id: 'beta', name: 'Beta deal' }));
    await putDealFile(workspace, 'alpha.json', buildDeal({ id: 'alpha', name: 'Alpha deal' }));
    await putDealFile(workspace, '.alpha.json.123.abc.tmp', '{"half":');
    await putDealFile(workspace, 'notes.txt', 'not a deal');
    const listing = await createDealmapServices({ workspace }).listDeals({});
    expect(listing.deals.map((deal) => deal.id)).toEqual(['alpha', 'zeta', 'beta']);
    expect(listing.problems).toEqual([]);
  });

  it('names a schema problem with file, field path and reason, and still loads the others', async () => {
    const broken = buildDeal({
      id: 'broken',
      stakeholders: [
        buildStakeholder({ id: 'a' }),
        buildStakeholder({ id: 'b' }),
        buildStakeholder({ id: 'c', influence: 9 }),
      ],
    });
    await putDealFile(workspace, 'broken.json', broken);
    await putDealFile(workspace, 'northwind-erp.json', buildDeal());
    const listing = await createDealmapServices({ workspace }).listDeals({});
    expect(listing.deals.map((deal) => deal.id)).toEqual(['northwind-erp']);
    expect(listing.problems).toEqual([
      {
        file: 'deals/broken.json',
        message: 'deals/broken.json: stakeholders[2].influence: expected an integer from 1 to 5',
        issues: [{ path: 'stakeholders[2].influence', message: 'expected an integer from 1 to 5' }],
      },
    ]);
  });

  it('reports bad JSON, a wrong file name, a newer schema version and a null document', async () => {
    await putDealFile(workspace, 'syntax.json', '{ "schemaVersion": 1, ');
    await putDealFile(workspace, 'renamed.json', buildDeal({ id: 'original' }));
    await putDealFile(workspace, 'future.json', { ...buildDeal({ id: 'future' }), schemaVersion: 2 } as never);
    await putDealFile(workspace, 'empty.json', 'null');
    const { problems } = await createDealmapServices({ workspace }).listDeals({});
    const byFile = new Map(problems.map((problem) => [problem.file, problem.message]));
    expect(byFile.get('deals/syntax.json')).toMatch(/^deals\/syntax\.json: not valid JSON: /);
    expect(byFile.get('deals/renamed.json')).toBe(
      'deals/renamed.json: id: "original" does not match the file name; expected the file to be named original.json',
    );
    expect(byFile.get('deals/future.json')).toMatch(
      /^deals\/future\.json: schemaVersion: version 2 is newer than this Dealmap reads \(1\)/,
    );
    expect(byFile.get('deals/empty.json')).toBe('deals/empty.json: expected a deal object, got null');
    expect(problems).toHaveLength(4);
  });

  it('reads a file saved with a byte order mark and keeps fields it does not know', async () => {
    const deal = { ...buildDeal(), crmId: 'SF-0042' };
    await putDealFile(workspace, 'northwind-erp.json', `\uFEFF${JSON.stringify(deal)}`);
    const listing = await createDealmapServices({ workspace }).listDeals({});
    expect(listing.deals[0]).toMatchObject({ id: 'northwind-erp', crmId: 'SF-0042' });
  });
});
