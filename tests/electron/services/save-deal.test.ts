// saveDeal and deleteDeal on real files: revision bumps, conflicts refused, unreadable files untouched.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../../electron/services/api-dispatch';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { DealmapApiError } from '../../../electron/services/dealmap-api-error';
import { dealFingerprint } from '../../../shared/model/deal-fingerprint';
import type { Deal } from '../../../shared/model/deal-schema';
import { buildDeal, buildHealthyDeal, stakeholder } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const NOW = new Date('2026-12-01T08:30:00.000Z');
const workspace = useTempWorkspace();
const services = () => createDealmapServices({ workspace: workspace(), now: () => NOW });
const dealPath = (id = 'northwind-erp') => join(workspace(), 'deals', `${id}.json`);

async function rejection(promise: Promise<unknown>): Promise<DealmapApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DealmapApiError)) throw new Error(`expected a DealmapApiError, got ${String(error)}`);
  return error;
}

describe('saveDeal', () => {
  it('writes revision + 1 and updatedAt, as pretty JSON in the documented key order', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ revision: 4 }));
    const edited = { ...buildHealthyDeal({ revision: 4, amount: 500000 }), crmId: 'SF-1' };
    const written = await services().saveDeal({ deal: edited });
    expect(written).toMatchObject({ revision: 5, updatedAt: NOW.toISOString(), amount: 500000, crmId: 'SF-1' });
    const text = await readFile(dealPath(), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "schemaVersion": 2,\n  "id": "northwind-erp",\n  "name": "ERP replacement",');
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'schemaVersion', 'id', 'name', 'account', 'owner', 'amount', 'currency', 'closeDate', 'status',
      'need', 'pain', 'valueCase', 'metrics', 'budget', 'timeframe', 'decisionCriteria', 'decisionProcess',
      'paperProcess', 'competition', 'stakeholders', 'relations', 'referrals', 'revision', 'updatedAt', 'crmId',
    ]);
    expect(await readdir(join(workspace(), 'deals'))).toEqual(['northwind-erp.json']);
  });

  it('drops layout entries of stakeholders that no longer exist', async () => {
    const layout = { eva: { x: 1, y: 2 }, gone: { x: 3, y: 4 } };
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ layout }));
    const written = await services().saveDeal({ deal: buildHealthyDeal({ layout }) });
    expect(written.layout).toEqual({ eva: { x: 1, y: 2 } });
  });

  it('keeps fields it does not know inside map positions, as everywhere else in the file', async () => {
    const layout = { eva: { x: 1, y: 2, pinned: true } };
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ layout }));
    const store = services();
    const opened = await store.getDeal({ id: 'northwind-erp' });
    await store.saveDeal({ deal: { ...opened, amount: 1 } });
    const onDisk = JSON.parse(await readFile(dealPath(), 'utf8')) as Deal;
    expect(onDisk.layout).toEqual({ eva: { x: 1, y: 2, pinned: true } });
  });

  it('refuses a save that started from an older revision, with a message that says what to do', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ revision: 5 }));
    const before = await readFile(dealPath(), 'utf8');
    const error = await rejection(services().saveDeal({ deal: buildHealthyDeal({ revision: 4 }) }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'Deal "ERP replacement" (deals/northwind-erp.json) changed on disk: it is at revision 5, your edit started from revision 4. Reload the deal; your change was not saved.',
    );
    expect(await readFile(dealPath(), 'utf8')).toBe(before);
  });

  it('lets exactly one of two saves from the same revision win', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ revision: 1 }));
    const store = services();
    const results = await Promise.allSettled([
      store.saveDeal({ deal: buildHealthyDeal({ amount: 1 }) }),
      store.saveDeal({ deal: buildHealthyDeal({ amount: 2 }) }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const onDisk = JSON.parse(await readFile(dealPath(), 'utf8')) as { revision: number };
    expect(onDisk.revision).toBe(2);
  });

  it('refuses a save when the file was edited by hand since it was read, though its revision is the same', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ revision: 4 }));
    const store = services();
    const opened = await store.getDeal({ id: 'northwind-erp' });
    const handEdited = (await readFile(dealPath(), 'utf8')).replace('"amount": 480000', '"amount": 999000');
    expect(handEdited).toContain('999000');
    await writeFile(dealPath(), handEdited);
    const error = await rejection(
      store.saveDeal({ deal: { ...opened, owner: 'Per Holm' }, base: dealFingerprint(opened) }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'Deal "ERP replacement" (deals/northwind-erp.json) changed on disk since it was opened: it was edited outside Dealmap and is still at revision 4. Reload the deal; your change was not saved.',
    );
    expect(await readFile(dealPath(), 'utf8')).toBe(handEdited);
  });

  it('accepts the fingerprint of the deal it answered, over JSON, for the next save', async () => {
    const layout = { eva: { x: 1, y: 2 }, gone: { x: 3, y: 4 } };
    await putDealFile(workspace(), 'northwind-erp.json', { ...buildHealthyDeal({ layout }), crmId: 'SF-1' });
    const store = services();
    // Through callApi, as IPC and HTTP call it: the payload is validated and its names trimmed.
    const call = async (name: 'getDeal' | 'saveDeal', input: unknown): Promise<Deal> => {
      const result = await callApi(store, name, JSON.parse(JSON.stringify(input)));
      if (!result.ok) throw new Error(result.error.message);
      return JSON.parse(JSON.stringify(result.value)) as Deal;
    };
    const opened = await call('getDeal', { id: 'northwind-erp' });
    // The host trims names and prunes the layout: the answer, not the payload, is the new base.
    const first = await call('saveDeal', { deal: { ...opened, name: 'ERP replacement ', owner: undefined }, base: dealFingerprint(opened) });
    const second = await call('saveDeal', { deal: { ...first, amount: 1 }, base: dealFingerprint(first) });
    expect(second).toMatchObject({ revision: 3, amount: 1, name: 'ERP replacement', crmId: 'SF-1' });
  });

  it('never overwrites a file it cannot read', async () => {
    const damaged = '{ "schemaVersion": 1, "id": "northwind-erp", oops }';
    await putDealFile(workspace(), 'northwind-erp.json', damaged);
    const error = await rejection(services().saveDeal({ deal: buildHealthyDeal() }));
    expect(error.code).toBe('unreadable-file');
    expect(error.message).toMatch(/^deals\/northwind-erp\.json: not valid JSON: /);
    expect(await readFile(dealPath(), 'utf8')).toBe(damaged);
  });

  it('answers not-found when the file was deleted elsewhere', async () => {
    const error = await rejection(services().saveDeal({ deal: buildHealthyDeal() }));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('no longer exists on disk');
  });
});

describe('deleteDeal', () => {
  it('deletes the file at the expected revision and refuses an older one', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal({ revision: 3 }));
    expect((await rejection(services().deleteDeal({ id: 'northwind-erp', revision: 2 }))).code).toBe('conflict');
    await expect(services().deleteDeal({ id: 'northwind-erp', revision: 3 })).resolves.toEqual({ id: 'northwind-erp' });
    expect(await readdir(join(workspace(), 'deals'))).toEqual([]);
  });
});

describe('getDeal', () => {
  it('returns a valid deal and names the problem of an invalid one', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    await putDealFile(workspace(), 'bad.json', buildDeal({ id: 'bad', stakeholders: [stakeholder({ id: 'x', role: 'boss' as never })] }));
    expect((await services().getDeal({ id: 'northwind-erp' })).name).toBe('ERP replacement');
    const error = await rejection(services().getDeal({ id: 'bad' }));
    expect(error.code).toBe('unreadable-file');
    expect(error.message).toMatch(/^deals\/bad\.json: stakeholders\[0\]\.role: expected decision-maker, influencer, user, gatekeeper, buyer, initiator or unknown$/);
    expect((await rejection(services().getDeal({ id: 'missing' }))).code).toBe('not-found');
  });
});
