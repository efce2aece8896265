// Journey: a plain workspace is shared with a team from the window: the repository address and who you are, then it is in step.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dealmap-share-'));
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', join(root, 'team.git')]);
});
afterAll(async () => rm(root, { recursive: true, force: true }));

const app = useAppSession({ host: 'in-process' });

describe('sharing a workspace with a team', () => {
  it('sends the demo deals to an empty team repository and shows the workspace in step', async () => {
    const page = await app.openApp();
    await page.getByRole('button', { name: 'Share with a team…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share with a team' });
    await dialog.getByLabel('Repository address').fill(join(root, 'team.git'));
    await dialog.getByLabel('Your name').fill('Sara Lind');
    await dialog.getByLabel('Your e-mail').fill('sara.lind@example.com');
    await saveScreenshot(page, 'team-share-dialog');
    await dialog.getByRole('button', { name: 'Share' }).click();
    const status = page.getByRole('status', { name: 'Team sync' });
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('In step with the team');
    const files = execFileSync('git', ['ls-tree', '-r', '--name-only', 'main'], { cwd: join(root, 'team.git'), encoding: 'utf8' }).trim().split('\n');
    const dealFiles = (await readdir(join(app.workspace, 'deals'))).filter((name) => name.endsWith('.json'));
    expect(dealFiles.length).toBeGreaterThan(5);
    expect(files.filter((file) => file.startsWith('deals/')).sort()).toEqual(dealFiles.map((name) => `deals/${name}`).sort());
    expect(execFileSync('git', ['log', '-1', '--format=%an', 'main'], { cwd: join(root, 'team.git'), encoding: 'utf8' }).trim()).toBe('Sara Lind');
  });
});
