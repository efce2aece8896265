// The shared fixture files are what tests/fixtures/README.md says they are.
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../../support/temp-workspace';
import { listWorkspaceDeals } from '../../../electron/services/list-deals';

const fixtureDeals = fileURLToPath(new URL('../../fixtures/deals', import.meta.url));
const workspace = useTempWorkspace();
beforeEach(async () => {
  await cp(fixtureDeals, join(workspace(), 'deals'), { recursive: true });
});

describe('tests/fixtures/deals', () => {
  it('holds one valid deal, one schema problem and one JSON syntax problem', async () => {
    const { deals, problems } = await listWorkspaceDeals(workspace());
    expect(deals.map((deal) => deal.id)).toEqual(['northwind-erp']);
    expect(deals[0]?.layout).toEqual({ eva: { x: 120, y: 40 } });
    expect(problems.map((problem) => problem.message)).toEqual([
      'deals/harbourside-telematics.json: stakeholders[2].influence: expected an integer from 1 to 5',
      expect.stringMatching(/^deals\/sakura-store-analytics\.json: not valid JSON: /),
    ]);
  });
});
