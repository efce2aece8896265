// Journey: a teammate changed the same field; the window says the team workspace needs attention, shows both values and who set them, and the pick reaches the team.
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { dealFingerprint } from '../../shared/model/deal-fingerprint';
import type { Deal } from '../../shared/model/deal-schema';
import { buildHealthyDeal, withStakeholder } from '../support/deal-builder';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, readDealFile, waitUntilSaved } from '../support/e2e-page';
import { identity, makeTeamRepos, remoteDeal, servicesOf, type TeamRepos } from '../support/team-repos';

const ERP = buildHealthyDeal();
let repos: TeamRepos | undefined;
afterAll(async () => repos?.remove().catch(() => undefined));

async function saveAs(folder: string, change: (deal: Deal) => Deal): Promise<void> {
  const services = servicesOf(folder);
  const deal = await services.getDeal({ id: ERP.id });
  await services.saveDeal({ deal: change(deal), base: dealFingerprint(deal) });
  await services.syncTeam({});
}

const app = useAppSession({
  host: 'in-process',
  // The app's workspace is Nils's clone; Sara set Eva Berg's stance first, then Nils set it otherwise.
  prepareWorkspace: async (workspace) => {
    repos = await makeTeamRepos([ERP]);
    const sara = repos.clone('Sara Lind');
    execFileSync('git', ['clone', '-q', repos.bare, '.'], { cwd: workspace });
    identity(workspace, 'Nils Ek');
    await saveAs(sara, (deal) => ({ ...withStakeholder(deal, 'eva', { stance: 'supporter' }), amount: 520000, need: { ...deal.need, summary: 'Close the books in three days' } }));
    await saveAs(workspace, (deal) => withStakeholder(deal, 'eva', { stance: 'saboteur' }));
  },
});

describe('a clash in a team workspace', () => {
  it('shows both values and who set them, and the value picked is saved and sent to the team', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    const status = page.getByRole('status', { name: 'Team sync' });
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('Needs attention');
    const clashes = page.getByRole('region', { name: 'A teammate changed the same field' });
    await clashes.waitFor();
    const text = await clashes.textContent();
    expect(text).toContain('Eva Berg › Stance');
    expect(text).toMatch(/Saboteur.*Nils Ek.*Supporter.*Sara Lind/);
    await saveScreenshot(page, 'team-clash-shown');
    // A Swedish reader sees the field and both values by their Swedish labels, named from the clash's path.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
    const svClashes = page.getByRole('region', { name: 'En kollega ändrade samma fält' });
    await expect.poll(() => svClashes.textContent(), { timeout: 10_000 }).toMatch(/Eva Berg › Hållning.*Sabotör.*Nils Ek.*Förespråkare.*Sara Lind/);
    await saveScreenshot(page, 'language-sv-team-clash');
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await clashes.waitFor();

    await clashes.getByRole('button', { name: 'Eva Berg › Stance: keep Supporter (Sara Lind)' }).click();
    await expect.poll(() => clashes.count()).toBe(0);
    await waitUntilSaved(page);
    const saved = await readDealFile(app.workspace, ERP.id);
    expect([saved.stakeholders.find((person) => person.id === 'eva')?.stance, saved.clashes]).toEqual(['supporter', undefined]);

    await status.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('In step with the team');
    await saveScreenshot(page, 'team-clash-settled');

    // The history says who changed what, from git; the pick is the newest entry, signed by this window's user.
    const history = page.getByRole('region', { name: 'Deal history' });
    await history.getByRole('button', { name: 'History' }).click();
    const entries = history.getByRole('listitem');
    await expect.poll(() => entries.first().textContent(), { timeout: 10_000 }).toMatch(/Nils Ek.*settled the clash on Eva Berg › Stance/);
    expect(await history.textContent()).toMatch(/Sara Lind.*Eva Berg › Stance changed from Champion to Supporter/);
    await history.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'team-deal-history');
    await history.getByLabel('Changed since').fill('2000-01-01');
    // English dates read day-first (en-GB); the field took the ISO date as typed.
    await history.getByText('The deal did not exist yet on 01/01/2000.').waitFor();
    const onRemote = remoteDeal(repos as TeamRepos, ERP.id) as Deal;
    expect([onRemote.stakeholders.find((person) => person.id === 'eva')?.stance, onRemote.clashes]).toEqual(['supporter', undefined]);

    // In Swedish the same history reads in Swedish, every field and coded value by its Swedish label.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
    const svHistory = page.getByRole('region', { name: 'Affärens historik' });
    await expect.poll(() => svHistory.textContent(), { timeout: 10_000 }).toMatch(/Sara Lind.*Eva Berg › Hållning ändrades från Ambassadör till Förespråkare/);
    expect(await svHistory.textContent()).toMatch(/Belopp ändrades från 480000 till 520000.*Behovet i korthet ändrades från/);
    expect(await svHistory.textContent()).not.toMatch(/amount|need summary|stance/i);
    expect(await svHistory.textContent()).toMatch(/Nils Ek.*löste krocken om Eva Berg › Hållning/);
    await saveScreenshot(page, 'language-sv-deal-history');
  });
});
