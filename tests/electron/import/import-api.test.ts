// The import functions through the API dispatch: uploaded contents validated, preview, apply, last import, undo, mappings, CSV export.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../../electron/services/api-dispatch';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import { hubspotExport } from '../../support/crm-example-exports';
import { useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace();
const services = () => createDealmapServices({ workspace: workspace(), now: () => new Date('2026-12-01T09:00:00.000Z') });
const hubspot = hubspotExport({ opportunities: 3, contacts: 10, rolesPerDeal: 2, seed: 3 });
const upload = { system: 'hubspot', files: [{ role: 'deals', name: 'deals.csv', content: hubspot.deals }, { role: 'contacts', name: 'contacts.csv', content: hubspot.contacts }] };

describe('import API', () => {
  it('previews, applies, reports the last import and undoes it', async () => {
    const preview = await callApi(services(), 'previewImport', upload);
    expect(preview).toMatchObject({ ok: true, value: { system: 'hubspot', canApply: true, totals: { newDeals: 3, newPeople: 6 } } });
    expect(await callApi(services(), 'lastImport', {})).toEqual({ ok: true, value: { last: null } });
    const applied = await callApi(services(), 'applyImport', upload);
    expect(applied).toMatchObject({ ok: true, value: { journal: { system: 'hubspot', createdDeals: 3, updatedDeals: 0, files: ['deals.csv', 'contacts.csv'] } } });
    expect((await services().listDeals({})).deals).toHaveLength(3);
    expect(await callApi(services(), 'undoImport', {})).toMatchObject({ ok: true, value: { createdDeals: 3, undoneAt: '2026-12-01T09:00:00.000Z' } });
    expect((await services().listDeals({})).deals).toHaveLength(0);
  });

  it('imports HubSpot and any CSV twice without changing a byte the second time', async () => {
    const mapped = {
      system: 'csv',
      files: [{ role: 'rows', name: 'p.csv', content: 'Title;Org;Person;Role\nLager;Skärgårdsbanken;Åsa;Decision Maker\n' }],
      mapping: { kind: 'dealmap-csv-mapping', version: 1, name: 'P', columns: { dealName: 'Title', account: 'Org', personName: 'Person', personRole: 'Role' } },
    };
    for (const input of [upload, mapped]) expect(await callApi(services(), 'applyImport', input)).toMatchObject({ ok: true, value: { journal: { updatedDeals: 0 } } });
    const folder = join(workspace(), 'deals');
    const bytes = async () => Promise.all((await readdir(folder)).sort().map((name) => readFile(join(folder, name), 'utf8')));
    const before = await bytes();
    for (const input of [upload, mapped]) expect(await callApi(services(), 'applyImport', input)).toMatchObject({ ok: true, value: { journal: null } });
    expect(await bytes()).toEqual(before);
  });

  it('refuses a wrong file role and an apply with errors, naming the row', async () => {
    expect(await callApi(services(), 'previewImport', { ...upload, files: [{ role: 'slides', name: 'x.csv', content: '' }] })).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: expect.stringContaining('files[0].role') } });
    const bad = { system: 'hubspot', files: [{ role: 'deals', name: 'deals.csv', content: 'Record ID,Deal Name,Amount\n1,A,many\n' }] };
    const refused = await callApi(services(), 'applyImport', bad);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: 'The import has 1 error(s); nothing was written. deals.csv, line 2, column Amount: expected an amount such as 1250000 or 1,250,000.00, got "many"' } });
    // The app renders the same refusal in Swedish from its key and values.
    const ref = refused.ok ? undefined : refused.error.messageRef;
    expect(ref && renderMessage(dealmapIntl('sv'), ref)).toBe('Importen har 1 fel; inget skrevs. deals.csv, rad 2, kolumn Amount: ska vara ett belopp som 1250000 eller 1 250 000,00, står "many"');
  });

  it('shows a file\'s columns and first rows, and saves and lists mappings', async () => {
    const columns = await callApi(services(), 'csvColumns', { file: { name: 'p.csv', content: 'Title;Org\nLager;Skärgårdsbanken\n' } });
    expect(columns).toEqual({ ok: true, value: { headers: ['Title', 'Org'], rows: [['Lager', 'Skärgårdsbanken']] } });
    const mapping = { kind: 'dealmap-csv-mapping', version: 1, name: 'Pipedrive Nord', columns: { dealName: 'Title', account: 'Org' } };
    expect(await callApi(services(), 'saveImportMapping', { mapping })).toEqual({ ok: true, value: mapping });
    expect(await callApi(services(), 'listImportMappings', {})).toEqual({ ok: true, value: { mappings: [mapping] } });
  });

  it('exports the CSV files into the workspace exports folder', async () => {
    await callApi(services(), 'applyImport', upload);
    const result = await services().exportCsv({ asOf: '2026-12-01' });
    expect(result.files).toEqual(['pipeline.csv', 'stakeholders.csv', 'opportunity-contact-roles.csv']);
    expect(result.folder).toMatch(/exports[/\\]crm-csv-2026-12-01$/);
    const roles = await readFile(`${result.folder}/opportunity-contact-roles.csv`, 'utf8');
    expect(roles).toBe('OpportunityId,ContactId,Role,IsPrimary\r\n');
  });
});
