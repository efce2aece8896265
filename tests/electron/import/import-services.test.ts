// Preview, apply and undo on real workspace folders: idempotent, all or nothing, merges without clobbering.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, previewImport } from '../../../electron/services/import/import-services';
import { undoLastImport } from '../../../electron/services/import/undo-import';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { salesforceExport } from '../../support/crm-example-exports';
import { useTempWorkspace } from '../../support/temp-workspace';
import { dealFileBytes, writeExports } from './import-files';

const folder = useTempWorkspace();
const workspace = () => join(folder(), 'workspace');
const T1 = new Date('2026-12-01T09:00:00.000Z');
const T2 = new Date('2026-12-02T09:00:00.000Z');
const small = salesforceExport({ opportunities: 6, contacts: 20, rolesPerDeal: 3, seed: 1 });

const OPPS = 'Id,Name,Account.Name,Amount,CloseDate,StageName\r\n0065g00000AbCdE,ERP,Nordlys AB,100,2027-01-31,Qualification\r\n';
const CONTACTS = 'Id,FirstName,LastName,Title,ReportsToId\r\n0035g00000AnnaA,Anna,Lindqvist,CFO,\r\n0035g00000LarsB,Lars,Öberg,CIO,0035g00000AnnaA\r\n';
const ROLES = 'OpportunityId,ContactId,Role\r\n0065g00000AbCdE,0035g00000AnnaA,Economic Buyer\r\n0065g00000AbCdE,0035g00000LarsB,Evaluator\r\n';

describe('import services', () => {
  it('imports into a new workspace, and the same files again change no byte', async () => {
    const request = await writeExports(folder(), { opportunities: small.opportunities, contacts: small.contacts, 'contact-roles': small.contactRoles });
    const applied = await applyImport(workspace(), request, T1);
    expect(applied.plan.preview.totals).toMatchObject({ newDeals: 6, newPeople: 18 });
    const before = await dealFileBytes(workspace());
    expect(Object.keys(before)).toHaveLength(6);
    const again = await applyImport(workspace(), request, T2);
    expect(again).toMatchObject({ journalId: null, plan: { preview: { totals: { newDeals: 0, updatedDeals: 0, unchangedDeals: 6 } } } });
    expect(await dealFileBytes(workspace())).toEqual(before);
  });

  it('re-import after the CRM changed keeps stance, influence and drawn relations, bumps the revision once, marks the gone', async () => {
    const services = createDealmapServices({ workspace: workspace(), now: () => T1 });
    await applyImport(workspace(), await writeExports(folder(), { opportunities: OPPS, contacts: CONTACTS, 'contact-roles': ROLES }), T1);
    const deal = await services.getDeal({ id: 'erp' });
    const [anna, lars] = deal.stakeholders;
    if (anna === undefined || lars === undefined) throw new Error('two people expected');
    const saved = await services.saveDeal({
      deal: { ...deal, stakeholders: [{ ...anna, stance: 'champion', influence: 5 }, lars], relations: [...deal.relations, { id: 'drawn', from: anna.id, to: lars.id, kind: 'influences', strength: 3 }] },
    });
    const changed = await writeExports(folder(), { opportunities: OPPS.replace(',100,', ',175,'), contacts: CONTACTS, 'contact-roles': ROLES.split('\r\n').slice(0, 2).join('\r\n') });
    const preview = await previewImport(workspace(), changed, T2);
    expect(preview.preview.deals).toEqual([
      { action: 'update', dealId: 'erp', name: 'ERP', account: 'Nordlys AB', crmId: '0065g00000AbCdE', changes: [{ field: 'amount', before: '100', after: '175' }], newPeople: [], gonePeople: ['Lars Öberg'], returnedPeople: [] },
    ]);
    await applyImport(workspace(), changed, T2);
    const after = await services.getDeal({ id: 'erp' });
    expect(after.revision).toBe(saved.revision + 1);
    expect(after.amount).toBe(175);
    expect(after.stakeholders[0]).toMatchObject({ stance: 'champion', influence: 5 });
    expect(after.stakeholders[1]).toMatchObject({ name: 'Lars Öberg', external: { gone: true } });
    expect(after.relations.map((relation) => relation.id)).toContain('drawn');
  });

  it('writes nothing when a row has an error, and imports the rest when bad rows are skipped', async () => {
    const bad = `${OPPS}0065g00000Bad01,Broken,Acme,lots,2027-01-01,Qualification\r\n`;
    const request = await writeExports(folder(), { opportunities: bad });
    await expect(applyImport(workspace(), request, T1)).rejects.toThrow('The import has 1 error(s); nothing was written. opportunities.csv, line 3, column Amount: expected an amount such as 1250000 or 1,250,000.00, got "lots"');
    await expect(readFile(join(workspace(), 'deals', 'erp.json'))).rejects.toThrow();
    const skipping = await writeExports(folder(), { opportunities: bad }, true);
    const applied = await applyImport(workspace(), skipping, T1);
    expect(applied.plan.preview).toMatchObject({ skippedRows: 1, totals: { newDeals: 1 } });
  });

  it('undoes a whole import in one step, and refuses naming the deal when it changed since', async () => {
    const request = await writeExports(folder(), { opportunities: OPPS, contacts: CONTACTS, 'contact-roles': ROLES });
    await applyImport(workspace(), request, T1);
    const original = await dealFileBytes(workspace());
    await applyImport(workspace(), await writeExports(folder(), { opportunities: `${OPPS.replace(',100,', ',300,')}0065g00000New01,Second,Acme,5,2027-02-01,Prospecting\r\n` }), T2);
    expect(Object.keys(await dealFileBytes(workspace()))).toEqual(['erp.json', 'second.json']);
    const path = join(workspace(), 'deals', 'erp.json');
    const imported = await readFile(path, 'utf8');
    await writeFile(path, imported.replace('"amount": 300', '"amount": 301'));
    await expect(undoLastImport(workspace(), T2)).rejects.toThrow('Undo refused, nothing was changed: "ERP" (deals/erp.json) changed since the import.');
    await writeFile(path, imported);
    await undoLastImport(workspace(), T2);
    const undone = await dealFileBytes(workspace());
    expect(Object.keys(undone)).toEqual(['erp.json']);
    expect(JSON.parse(undone['erp.json'] ?? '')).toMatchObject({ amount: 100, revision: 3 });
    expect(JSON.parse(original['erp.json'] ?? '')).toMatchObject({ amount: 100, revision: 1 });
    await expect(undoLastImport(workspace(), T2)).rejects.toThrow('There is no import to undo in this workspace.');
  });
});
