// listDeals on real folders: good files load, bad files are named with field path and reason.
import { describe, expect, it } from 'vitest';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { buildDeal, buildHealthyDeal, stakeholder } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace();

describe('listDeals', () => {
  it('answers an empty listing for a folder without deals/', async () => {
    const listing = await createDealmapServices({ workspace: workspace() }).listDeals({});
    expect(listing).toMatchObject({ workspace: workspace(), deals: [], problems: [] });
  });

  it('loads valid deals sorted by name then id, and skips temp and non-JSON files', async () => {
    await putDealFile(workspace(), 'zeta.json', buildHealthyDeal({ id: 'zeta', name: 'Alpha deal' }));
    await putDealFile(workspace(), 'beta.json', buildHealthyDeal({ id: 'beta', name: 'Beta deal' }));
    await putDealFile(workspace(), 'alpha.json', buildHealthyDeal({ id: 'alpha', name: 'Alpha deal' }));
    await putDealFile(workspace(), '.alpha.json.123.abc.tmp', '{"half":');
    await putDealFile(workspace(), 'notes.txt', 'not a deal');
    const listing = await createDealmapServices({ workspace: workspace() }).listDeals({});
    expect(listing.deals.map((deal) => deal.id)).toEqual(['alpha', 'zeta', 'beta']);
    expect(listing.problems).toEqual([]);
  });

  it('names a schema problem with file, field path and reason, and still loads the others', async () => {
    const broken = buildDeal({
      id: 'broken',
      stakeholders: [
        stakeholder({ id: 'a' }),
        stakeholder({ id: 'b' }),
        stakeholder({ id: 'c', influence: 9 }),
      ],
    });
    await putDealFile(workspace(), 'broken.json', broken);
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    const listing = await createDealmapServices({ workspace: workspace() }).listDeals({});
    expect(listing.deals.map((deal) => deal.id)).toEqual(['northwind-erp']);
    expect(listing.problems).toMatchObject([
      {
        file: 'deals/broken.json',
        message: 'deals/broken.json: stakeholders[2].influence: expected an integer from 1 to 5',
        issues: [{ path: 'stakeholders[2].influence', message: 'expected an integer from 1 to 5' }],
      },
    ]);
  });

  it('reports bad JSON, a wrong file name, a newer schema version and a null document', async () => {
    await putDealFile(workspace(), 'syntax.json', '{ "schemaVersion": 1, ');
    await putDealFile(workspace(), 'renamed.json', buildHealthyDeal({ id: 'original' }));
    await putDealFile(workspace(), 'future.json', { ...buildHealthyDeal({ id: 'future' }), schemaVersion: 3 } as never);
    await putDealFile(workspace(), 'empty.json', 'null');
    const { problems } = await createDealmapServices({ workspace: workspace() }).listDeals({});
    const byFile = new Map(problems.map((problem) => [problem.file, problem.message]));
    expect(byFile.get('deals/syntax.json')).toMatch(/^deals\/syntax\.json: not valid JSON: /);
    expect(byFile.get('deals/renamed.json')).toBe(
      'deals/renamed.json: id: "original" does not match the file name; expected the file to be named original.json',
    );
    expect(byFile.get('deals/future.json')).toMatch(
      /^deals\/future\.json: schemaVersion: version 3 is newer than this Dealmap reads \(2\)/,
    );
    expect(byFile.get('deals/empty.json')).toBe('deals/empty.json: expected a deal object, got null');
    expect(problems).toHaveLength(4);
  });

  it('reads a file saved with a byte order mark and keeps fields it does not know', async () => {
    const deal = { ...buildHealthyDeal(), crmId: 'SF-0042' };
    await putDealFile(workspace(), 'northwind-erp.json', `\uFEFF${JSON.stringify(deal)}`);
    const services = createDealmapServices({ workspace: workspace() });
    const listing = await services.listDeals({});
    expect(listing.deals[0]).toMatchObject({ id: 'northwind-erp', name: deal.name });
    expect(await services.getDeal({ id: 'northwind-erp' })).toMatchObject({ id: 'northwind-erp', crmId: 'SF-0042' });
  });
});
