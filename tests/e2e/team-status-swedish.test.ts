// Journey: in Swedish, a sync refused for lack of write access says so in Swedish in the team status.
import { execFileSync } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dealFingerprint } from '../../shared/model/deal-fingerprint';
import { buildHealthyDeal } from '../support/deal-builder';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal } from '../support/e2e-page';
import { identity, makeTeamRepos, servicesOf, type TeamRepos } from '../support/team-repos';

const ERP = buildHealthyDeal();
let repos: TeamRepos | undefined;
afterAll(async () => repos?.remove().catch(() => undefined));

const app = useAppSession({
  host: 'in-process',
  // The remote refuses every push; this clone has one change to send.
  prepareWorkspace: async (workspace) => {
    repos = await makeTeamRepos([ERP]);
    execFileSync('git', ['clone', '-q', repos.bare, '.'], { cwd: workspace });
    identity(workspace, 'Nils Ek');
    const hook = join(repos.bare, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "You are not allowed to push code to this project." >&2\nexit 1\n');
    await chmod(hook, 0o755);
    const deal = await servicesOf(workspace).getDeal({ id: ERP.id });
    await servicesOf(workspace).saveDeal({ deal: { ...deal, amount: 3 }, base: dealFingerprint(deal) });
  },
});

describe('the team status in Swedish', () => {
  it('says the workspace can be read but not sent to, in Swedish', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
    const status = page.getByRole('status', { name: 'Teamsynk' });
    await status.getByRole('button', { name: 'Synka nu' }).click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('Behöver åtgärdas');
    await status.getByRole('button', { name: 'Behöver åtgärdas' }).click();
    const details = status.getByRole('listitem');
    await expect.poll(() => details.first().textContent(), { timeout: 10_000 }).toMatch(/^Du kan läsa arbetsytan men inte skicka ändringar.*\(git: /);
    await saveScreenshot(page, 'language-sv-team-status-problem');
  });
});
