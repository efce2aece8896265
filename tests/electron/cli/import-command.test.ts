// `import` and `export csv` in-process on the example exports: exit statuses 0/1/2, --json, and the CSVs parsed back.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { useTempWorkspace } from '../../support/temp-workspace';

const folder = useTempWorkspace();
const SF = resolve('docs/examples/salesforce');
const HS = resolve('docs/examples/hubspot');
const NOW = () => new Date('2026-12-01T09:00:00.000Z');

function collector() {
  let text = '';
  return { write: (chunk: string) => (text += chunk), text: () => text };
}

async function run(argv: string[]) {
  const stdout = collector();
  const stderr = collector();
  const code = await runCli(argv, { stdout, stderr }, '2026-12-01', folder(), NOW);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const salesforce = ['import', 'salesforce', 'ws', '--opportunities', join(SF, 'Opportunity.csv'), '--contacts', join(SF, 'Contact.csv'), '--contact-roles', join(SF, 'OpportunityContactRole.csv')];

describe('dealmap import', () => {
  it('--dry-run --json prints the preview as one document and writes nothing', async () => {
    const result = await run([...salesforce, '--dry-run', '--json']);
    expect(result.code).toBe(0);
    const preview = JSON.parse(result.stdout) as { totals: { newDeals: number }; applied: boolean; canApply: boolean };
    expect(preview).toMatchObject({ system: 'salesforce', applied: false, canApply: true, totals: { newDeals: 32 } });
    await expect(readdir(join(folder(), 'ws'))).rejects.toThrow();
  });

  it('imports the Salesforce example into a new folder (exit 0), and again as unchanged', async () => {
    expect((await run(salesforce)).code).toBe(0);
    expect(await readdir(join(folder(), 'ws', 'deals'))).toHaveLength(32);
    const again = await run(salesforce);
    expect(again.stdout).toContain('0 new deals, 0 changed, 32 unchanged');
  });

  it('imports the HubSpot example', async () => {
    const result = await run(['import', 'hubspot', 'ws', '--deals', join(HS, 'deals.csv'), '--contacts', join(HS, 'contacts.csv')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('32 new deals');
  });

  it('exits 1 and writes nothing when rows have errors, naming file, line and column', async () => {
    await writeFile(join(folder(), 'bad.csv'), 'Id,Name,Account.Name,CloseDate\n0065g00000AbCdE,ERP,A,2027-13-01\n');
    const result = await run(['import', 'salesforce', 'ws', '--opportunities', 'bad.csv']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: bad.csv, line 2, column CloseDate: no such day: "2027-13-01"');
    await expect(readdir(join(folder(), 'ws'))).rejects.toThrow();
  });

  it.each([
    [['import', 'salesforce', 'ws'], 'import salesforce needs --opportunities F.'],
    [['import', 'pipedrive', 'ws'], 'import expects salesforce, hubspot or csv, got "pipedrive".'],
    [['import', 'hubspot', 'ws', '--opportunities', 'x.csv'], '--opportunities is not an option of import hubspot.'],
    [['import', 'csv', 'ws', 'rows.csv'], 'import csv needs --mapping F, the column mapping.'],
    [['import', 'salesforce', 'ws', '--opportunities', 'missing.csv'], 'no such file: missing.csv'],
    [['export', 'xlsx', 'ws', 'out'], 'export expects csv, got "xlsx".'],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('reads --roles for role values no table knows, and refuses a roles file with a wrong role (exit 2)', async () => {
    await writeFile(join(folder(), 'o.csv'), 'Id,Name,Account.Name\n0065g00000AbCdE,ERP,A\n');
    await writeFile(join(folder(), 'c.csv'), 'Id,Name\n0035g00000AnnaA,Anna\n');
    await writeFile(join(folder(), 'r.csv'), 'OpportunityId,ContactId,Role\n0065g00000AbCdE,0035g00000AnnaA,Procurement\n');
    await writeFile(join(folder(), 'roles.json'), '{ "Procurement": "buyer" }');
    await writeFile(join(folder(), 'bad-roles.json'), '{ "Procurement": "boss" }');
    const files = ['import', 'salesforce', 'ws', '--opportunities', 'o.csv', '--contacts', 'c.csv', '--contact-roles', 'r.csv'];
    const bad = await run([...files, '--roles', 'bad-roles.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad-roles.json: Procurement: expected one of decision-maker, influencer, user, gatekeeper, buyer, initiator, unknown');
    const swedish = await run([...files, '--roles', 'bad-roles.json', '--lang', 'sv']);
    expect(swedish.stderr).toContain('rollfilen går inte att använda: ');
    expect(swedish.stderr).toContain('bad-roles.json: Procurement: ska vara decision-maker, influencer, user, gatekeeper, buyer, initiator eller unknown');
    const result = await run([...files, '--roles', 'roles.json', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ unknownRoles: [], problems: [] });
    const deal = JSON.parse(await readFile(join(folder(), 'ws', 'deals', 'erp.json'), 'utf8')) as { stakeholders: { role: string }[] };
    expect(deal.stakeholders[0]?.role).toBe('buyer');
  });

  it('imports any CSV through a mapping file', async () => {
    await writeFile(join(folder(), 'mapping.json'), JSON.stringify({ kind: 'dealmap-csv-mapping', version: 1, name: 'Pipedrive', columns: { dealName: 'Title', account: 'Organization', amount: 'Value', personName: 'Person', personRole: 'Role' }, roles: { Beslutsfattare: 'decision-maker' } }));
    await writeFile(join(folder(), 'pipedrive.csv'), 'Title;Organization;Value;Person;Role\nLager;Skärgårdsbanken;"120 000";Åsa Bäcklund;Beslutsfattare\nLager;Skärgårdsbanken;"120 000";Göran Weiß;Influencer\n');
    const result = await run(['import', 'csv', 'ws', '--mapping', 'mapping.json', 'pipedrive.csv', '--json']);
    expect(result.code).toBe(0);
    const deal = JSON.parse(await readFile(join(folder(), 'ws', 'deals', 'lager.json'), 'utf8')) as { amount: number; stakeholders: { name: string; role: string }[] };
    expect(deal.amount).toBe(120000);
    expect(deal.stakeholders.map((person) => [person.name, person.role])).toEqual([['Åsa Bäcklund', 'decision-maker'], ['Göran Weiß', 'influencer']]);
  });
});

describe('dealmap export csv', () => {
  it('writes Excel files (UTF-16, tab) and a Data Loader contact-role file that parse back to the workspace', async () => {
    await run(salesforce);
    const result = await run(['export', 'csv', 'ws', 'out']);
    expect(result.code).toBe(0);
    const pipelineBytes = await readFile(join(folder(), 'out', 'pipeline.csv'));
    expect([...pipelineBytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const pipeline = parse(pipelineBytes.subarray(2).toString('utf16le'), { delimiter: '\t', columns: true }) as Record<string, string>[];
    expect(pipeline).toHaveLength(32);
    expect(pipeline[0]).toMatchObject({ 'CRM': 'salesforce' });
    const people = parse((await readFile(join(folder(), 'out', 'stakeholders.csv'))).subarray(2).toString('utf16le'), { delimiter: '\t', columns: true }) as Record<string, string>[];
    expect(people).toHaveLength(128);
    expect(Object.keys(people[0] ?? {})).toEqual(['Deal ID', 'Deal', 'Account', 'Stakeholder', 'Title', 'Role', 'Stance', 'Influence', 'Interest', 'Gaps', 'CRM', 'CRM Contact ID', 'Gone From CRM']);
    const roles = parse(await readFile(join(folder(), 'out', 'opportunity-contact-roles.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const source = parse(await readFile(join(SF, 'OpportunityContactRole.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(roles).toHaveLength(source.length);
    // Loaded back, each row names the same opportunity, contact and role as the export it came from (18-character ids).
    const key = (row: Record<string, string>) => `${(row.OpportunityId ?? '').slice(0, 15)} ${(row.ContactId ?? '').slice(0, 15)} ${row.Role ?? ''}`;
    expect(new Set(roles.map(key))).toEqual(new Set(source.map(key)));
  });
});
