// Hostile and broken input: formulas, oversized cells and records, damaged deal files in the workspace.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crmCsvFiles } from '../../../electron/services/import/export-crm-csv';
import { applyImport, previewImport } from '../../../electron/services/import/import-services';
import { readCsvTable } from '../../../electron/services/import/read-csv-table';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';
import { writeExports } from './import-files';

const folder = useTempWorkspace();
const workspace = () => join(folder(), 'workspace');
const NOW = new Date('2026-12-01T09:00:00.000Z');
const OPPS = 'Id,Name,Account.Name\r\n0065g00000AbCdE,ERP,Nordlys AB\r\n';

describe('hostile input', () => {
  it('writes a CRM name that looks like a formula as text in the Excel files', async () => {
    const contacts = 'Id,Name,Title\r\n0035g00000AnnaA,"=HYPERLINK(""http://evil.example"",""x"")",@SUM(A1)\r\n';
    const roles = 'OpportunityId,ContactId,Role\r\n0065g00000AbCdE,0035g00000AnnaA,Influencer\r\n';
    await applyImport(workspace(), await writeExports(folder(), { opportunities: OPPS, contacts, 'contact-roles': roles }), NOW);
    const { files } = await crmCsvFiles(workspace(), '2026-12-01');
    const people = files.find((file) => file.name === 'stakeholders.csv')?.bytes.subarray(2).toString('utf16le') ?? '';
    expect(people).toContain(`'=HYPERLINK`);
    expect(people).toContain(`'@SUM(A1)`);
    // The deal file keeps the name as the CRM has it.
    expect(await readFile(join(workspace(), 'deals', 'erp.json'), 'utf8')).toContain('"name": "=HYPERLINK(\\"http://evil.example\\",\\"x\\")"');
  });

  it('keeps at most 200 characters of a role text, so the deal file stays valid', async () => {
    const contacts = 'Id,Name\r\n0035g00000AnnaA,Anna\r\n';
    const roles = `OpportunityId,ContactId,Role\r\n0065g00000AbCdE,0035g00000AnnaA,${'x'.repeat(500)}\r\n`;
    const applied = await applyImport(workspace(), await writeExports(folder(), { opportunities: OPPS, contacts, 'contact-roles': roles }), NOW);
    expect(applied.plan.preview.totals.newDeals).toBe(1);
    const deal = JSON.parse(await readFile(join(workspace(), 'deals', 'erp.json'), 'utf8')) as { stakeholders: { external: { crmRole: string } }[] };
    expect(deal.stakeholders[0]?.external.crmRole).toHaveLength(200);
  });

  it('stops at a record larger than a million characters, naming the file', async () => {
    const path = join(folder(), 'huge.csv');
    await writeFile(path, `Id,Name\n1,"${'a'.repeat(1_100_000)}"\n`);
    expect(await readCsvTable({ name: 'huge.csv', path })).toMatchObject({ ok: false, problem: { severity: 'error', file: 'huge.csv' } });
  });

  it('leaves a damaged deal file in the workspace untouched and says so', async () => {
    const damaged = await putDealFile(workspace(), 'erp.json', '{ "id": "erp", broken');
    const plan = await previewImport(workspace(), await writeExports(folder(), { opportunities: OPPS }), NOW);
    expect(plan.preview.problems).toEqual([expect.objectContaining({ severity: 'warning', file: 'deals/erp.json', message: expect.stringContaining('left untouched') })]);
    // The new deal takes another id: the damaged file's name is taken.
    expect(plan.preview.deals[0]?.dealId).toBe('erp-2');
    await applyImport(workspace(), await writeExports(folder(), { opportunities: OPPS }), NOW);
    expect(await readFile(damaged, 'utf8')).toBe('{ "id": "erp", broken');
  });

  it('names an empty deal name and an only-spaces one', async () => {
    const plan = await previewImport(workspace(), await writeExports(folder(), { opportunities: 'Id,Name,Account.Name\r\n0065g00000AbCdE,   ,A\r\n' }), NOW);
    expect(plan.preview.problems).toEqual([{ severity: 'error', file: 'opportunities.csv', line: 2, column: 'Name', message: "expected the deal's name, got an empty cell", reason: { id: 'importing.reason.no-deal-name' } }]);
    expect(plan.preview.canApply).toBe(false);
  });
});
