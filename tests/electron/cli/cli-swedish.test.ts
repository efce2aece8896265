// The command line in Swedish (--lang sv, or a Swedish LANG): usage, usage errors, import, export, generate, sync and history.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { serializeDeal } from '../../../electron/services/deal-file-order';
import type { Deal } from '../../../shared/model/deal-schema';
import { buildHealthyDeal, withStakeholder } from '../../support/deal-builder';
import { makeTeamRepos, type TeamRepos } from '../../support/team-repos';
import { useTempWorkspace } from '../../support/temp-workspace';

const folder = useTempWorkspace();
const SF = resolve('docs/examples/salesforce');
const NOW = () => new Date('2026-12-01T09:00:00.000Z');
const ERP = buildHealthyDeal();
let repos: TeamRepos | undefined;
afterEach(async () => {
  await repos?.remove().catch(() => undefined);
  repos = undefined;
});

async function run(argv: string[], cwd: string = folder(), env?: Record<string, string>) {
  let [stdout, stderr] = ['', ''];
  const io = { stdout: { write: (chunk: string) => (stdout += chunk) }, stderr: { write: (chunk: string) => (stderr += chunk) }, ...(env ? { env } : {}) };
  const code = await runCli(argv, io, '2026-12-01', cwd, NOW);
  return { code, stdout, stderr };
}

/** English words the Swedish output must not fall back to. */
function expectNoEnglish(text: string, words: readonly string[]): void {
  for (const word of words) expect({ word, found: text.includes(word) }).toEqual({ word, found: false });
}

const salesforce = ['import', 'salesforce', 'ws', '--opportunities', join(SF, 'Opportunity.csv'), '--contacts', join(SF, 'Contact.csv'), '--contact-roles', join(SF, 'OpportunityContactRole.csv')];

describe('the command line in Swedish', () => {
  it('prints the usage text in Swedish, the commands and options as typed', async () => {
    const help = await run(['help', '--lang', 'sv']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Användning: npm run dealmap -- report <workspace-folder\|deal-file>/);
    expect(help.stdout).toContain('  report     kvalificera varje affär i en arbetsyta');
    expect(help.stdout).toContain('  --lang     alla kommandon: sv eller en');
    expect(help.stdout).toContain('Slutstatus:\n  report     0 alla filer lästa');
    expect(help.stdout).toContain('skriv N realistiska exempelaffärer i <workspace-folder>/deals/');
    expectNoEnglish(help.stdout, ['Usage:', 'Exit status:', 'qualify every deal', 'usage error']);
  });

  it('says what is wrong with a command in Swedish, then the Swedish usage', async () => {
    const unknown = await run(['frobnicate', '--lang', 'sv']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^dealmap: Okänt kommando "frobnicate"\.\n\nAnvändning:/);
    expect((await run(['generate', '--deals', 'many', 'ws', '--lang', 'sv'])).stderr).toContain('--deals vill ha ett heltal från 1 till 100000, fick "many".');
    expect((await run(['report', '--as-of', '--lang', 'sv'])).stderr).toContain('dealmap: --as-of behöver ett datum som YYYY-MM-DD.');
    expect((await run(['import', 'salesforce', 'ws', '--lang', 'sv'])).stderr).toContain('import salesforce behöver --opportunities F.');
    expect((await run(['sync', '--lang', 'sv'])).stderr).toContain('Ange arbetsytans mapp att synka.');
    expect((await run(['history', 'ws', '--lang', 'sv'])).stderr).toContain('Ange affärens id att visa historiken för.');
    expect((await run(['export', 'xlsx', 'ws', 'out', '--lang', 'sv'])).stderr).toContain('export vill ha csv, fick "xlsx".');
  });

  it('reads the system language for a --lang it cannot use', async () => {
    const bad = await run(['report', '.', '--lang', 'de'], folder(), { LANG: 'sv_SE.UTF-8' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^dealmap: --lang vill ha en eller sv, fick "de"\.\n\nAnvändning:/);
  });

  it('imports and exports in Swedish', async () => {
    const preview = await run([...salesforce, '--dry-run', '--lang', 'sv']);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/^Skulle importera: 32 nya affärer, 0 ändrade, 0 oförändrade; \d+ nya personer, 0 borta ur CRM:et, 0 ändrade fält\.\n/);
    expect(preview.stdout).toMatch(/\nny {2}.+ \(.+, CRM .+\)\n/);
    expectNoEnglish(preview.stdout, ['Would import', 'new deals', 'new  ']);
    expect((await run([...salesforce, '--lang', 'sv'])).stdout).toMatch(/^Importerat: 32 nya affärer/);
    const again = await run([...salesforce, '--lang', 'sv']);
    expect(again.stdout).toContain('0 nya affärer, 0 ändrade, 32 oförändrade');
    const missing = await run(['import', 'salesforce', 'ws', '--opportunities', 'nowhere.csv', '--lang', 'sv']);
    expect(missing.stderr).toBe('dealmap: filen finns inte: nowhere.csv\n');
    await writeFile(join(folder(), 'bad.csv'), 'Id,Name,Account.Name,CloseDate\n0065g00000AbCdE,ERP,A,2027-13-01\n');
    const bad = await run(['import', 'salesforce', 'ws2', '--opportunities', 'bad.csv', '--lang', 'sv']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^fel: bad\.csv, rad 2, kolumn CloseDate: dagen finns inte: "2027-13-01"$/m);
    expect(bad.stderr).toContain('dealmap: importen har fel; inget skrevs.');
    await writeFile(join(folder(), 'twice.csv'), 'Id,Name,Account.Name\n0065g00000AbCdE,ERP,A\n0065g00000AbCdE,ERP igen,A\n');
    const twice = await run(['import', 'salesforce', 'ws2', '--opportunities', 'twice.csv', '--lang', 'sv']);
    expect(twice.stderr).toMatch(/^fel: twice\.csv, rad 3, kolumn Id: affärsmöjlighetens Id "0065g00000AbCdE" finns redan, första gången på rad 2$/m);
    await writeFile(join(folder(), 'broken.csv'), 'Id,Name\n1,"never closed\n');
    const broken = await run(['import', 'salesforce', 'ws2', '--opportunities', 'broken.csv', '--lang', 'sv']);
    expect(broken.stderr).toMatch(/^fel: broken\.csv, rad \d+: går inte att läsa som CSV här: ett citattecken öppnas men stängs aldrig$/m);
    const exported = await run(['export', 'csv', 'ws', 'out', '--lang', 'sv']);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^Skrev pipeline\.csv, stakeholders\.csv och opportunity-contact-roles\.csv till out: 32 affärer, \d+ personer, \d+ kontaktroller för Salesforce\.\n$/);
  });

  it('gives the reason a deal file cannot be read in Swedish', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(folder(), 'ws', 'deals'), { recursive: true });
    await writeFile(join(folder(), 'ws', 'deals', `${ERP.id}.json`), serializeDeal(ERP));
    await writeFile(join(folder(), 'ws', 'deals', 'broken.json'), JSON.stringify({ ...ERP, id: 'broken', status: 'pending' }));
    expect((await run(['report', 'nowhere', '--lang', 'sv'])).stderr).toBe('dealmap: Filen eller mappen finns inte: nowhere\n');
    expect((await run(['report', 'ws/deals', '--lang', 'sv'])).stderr).toBe('dealmap: ws/deals är ingen arbetsyta för Dealmap: mappen deals/ saknas; ange mappen som innehåller deals/.\n');
    const report = await run(['report', 'ws', '--lang', 'sv']);
    expect(report.code).toBe(1);
    expect(report.stderr).toContain('deals/broken.json: status: ska vara open, won eller lost');
    expect((await run(['report', 'ws'])).stderr).toContain('deals/broken.json: status: expected open, won or lost');
  });

  it('generates in Swedish, the seconds with a decimal comma', async () => {
    const result = await run(['generate', '--deals', '3', 'ws', '--lang', 'sv']);
    expect(result.stdout).toMatch(/^Skrev 3 affärer till ws[/\\]deals \(frö 2026, per 2026-11-27\) på \d+,\d s\.\n$/);
    const again = await run(['generate', '--deals', '3', 'ws', '--lang', 'sv']);
    expect(again.stderr).toMatch(/^dealmap: deals\/.+\.json finns redan i ws; inget skrevs\./);
  });

  it('syncs and shows the history in Swedish', async () => {
    repos = await makeTeamRepos([ERP]);
    const cloned = await run(['clone', repos.bare, 'sara', '--name', 'Sara Lind', '--email', 'sara@example.com', '--lang', 'sv'], repos.root);
    expect(cloned.stdout).toMatch(/^Teamarbetsytan är klar i .+sara\. Öppna den i Dealmap, eller kör: npm run dealmap -- sync sara\n$/);
    const again = await run(['clone', repos.bare, 'sara', '--name', 'Sara Lind', '--email', 'sara@example.com', '--lang', 'sv'], repos.root);
    expect(again.stderr).toMatch(/^dealmap: .+sara är inte tom; en teamarbetsyta klonas till en tom mapp\.\n$/);
    const sara = join(repos.root, 'sara');
    const file = join(sara, 'deals', `${ERP.id}.json`);
    await writeFile(file, serializeDeal(withStakeholder(JSON.parse(await readFile(file, 'utf8')) as Deal, 'eva', { stance: 'supporter' })));
    const synced = await run(['sync', 'sara', '--lang', 'sv'], repos.root);
    expect(synced.code).toBe(0);
    expect(synced.stdout).toMatch(/^i takt med teamet\nrepo: /);
    const history = await run(['history', 'sara', ERP.id, '--lang', 'sv'], repos.root);
    expect(history.stdout).toMatch(/Sara Lind\n {2}Eva Berg › Hållning ändrades från Ambassadör till Förespråkare\n/);
    expect(history.stdout).toContain(`  skapade affären ${ERP.name}`);
    expect((await run(['history', 'sara', ERP.id, '--at', '2000-01-01', '--lang', 'sv'], repos.root)).stdout).toBe(`Ingen version av ${ERP.id} på eller före 2000-01-01.\n`);
    const today = new Date().toISOString().slice(0, 10);
    const asOf = await run(['history', 'sara', ERP.id, '--at', today, '--lang', 'sv'], repos.root);
    expect(asOf.stdout).toMatch(new RegExp(`^${ERP.name} per ${today}: senast ändrad av Sara Lind den .+\\nÄndrat sedan dess:\\n {2}inget har ändrats sedan dess\\n$`));
    const plain = await run(['sync', '.', '--lang', 'sv'], folder());
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('dealmap: . är ingen teamarbetsyta');
  });
});
