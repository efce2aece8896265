// A v1 file opens migrated and stays v1 on disk until saved; a v2 file round-trips byte for byte.
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { serializeDeal } from '../../../electron/services/deal-file-order';
import { dealFingerprint } from '../../../shared/model/deal-fingerprint';
import { emptyQualificationFields } from '../../../shared/model/deal-schema';
import { useTempWorkspace } from '../../support/temp-workspace';
import { listWorkspaceDeals } from '../../../electron/services/list-deals';

const NOW = new Date('2026-12-01T08:30:00.000Z');
const fixtures = (folder: string) => fileURLToPath(new URL(`../../fixtures/${folder}`, import.meta.url));
const workspace = useTempWorkspace();
const services = () => createDealmapServices({ workspace: workspace(), now: () => NOW });
const onDisk = () => readFile(join(workspace(), 'deals', 'northwind-erp.json'), 'utf8');

describe('a v1 deal file', () => {
  it('opens as v2 with empty qualification fields, and is left v1 on disk until saved', async () => {
    await cp(join(fixtures('deals'), 'northwind-erp.json'), join(workspace(), 'deals', 'northwind-erp.json'));
    const before = await onDisk();
    const deal = await services().getDeal({ id: 'northwind-erp' });
    expect(deal).toMatchObject({ schemaVersion: 2, ...emptyQualificationFields(), layout: { eva: { x: 120, y: 40 } } });
    expect(await onDisk()).toBe(before);

    const saved = await services().saveDeal({
      deal: { ...deal, budget: { amount: 500000, confirmedBy: 'eva', note: '' } },
      base: dealFingerprint(deal),
    });
    const written = JSON.parse(await onDisk()) as Record<string, unknown>;
    expect(written).toEqual(JSON.parse(serializeDeal(saved)));
    expect(written).toMatchObject({ schemaVersion: 2, revision: 2, budget: { amount: 500000, confirmedBy: 'eva' } });
  });
});

describe('the v2 fixture', () => {
  it('reads with every new field, and a save changes only revision and updatedAt', async () => {
    await cp(fixtures('deals-v2'), join(workspace(), 'deals'), { recursive: true });
    const text = await onDisk();
    const { deals, problems } = await listWorkspaceDeals(workspace());
    expect(problems).toEqual([]);
    const [deal] = deals;
    if (deal === undefined) throw new Error('the v2 fixture did not read');
    expect(deal).toMatchObject({ lens: 'meddpicc', crmId: 'SF-0042', budget: { confirmedBy: 'eva' } });
    expect(deal.competition.map((competitor) => competitor.kind)).toEqual(['do-nothing', 'in-house', 'vendor']);
    expect(deal.stakeholders.find((person) => person.id === 'karin')?.championTest).toMatchObject({ power: true, influence: true });
    expect(serializeDeal(deal)).toBe(text);

    await services().saveDeal({ deal, base: dealFingerprint(deal) });
    const expected = text
      .replace('"revision": 1', '"revision": 2')
      .replace('"updatedAt": "2026-11-20T10:00:00.000Z"', `"updatedAt": "${NOW.toISOString()}"`);
    expect(await onDisk()).toBe(expected);
  });
});
