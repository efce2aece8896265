// Journey 3: hand-damaged deal files never stop the app, are named in it, and are never written to.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemoWorkspace } from '../../electron/services/demo/seed-demo-workspace';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { readDealFile, shownDeals, waitUntilSaved } from '../support/e2e-page';

let demoCount: number;
const damaged: Record<string, Buffer> = {};

/** Seeds the demo, then adds one file with a bad influence value and one whose JSON is cut off mid-way. */
async function seedDemoAndDamagedFiles(workspace: string): Promise<void> {
  const seeded = await seedDemoWorkspace(workspace);
  demoCount = seeded.dealIds.length;
  const firstDemo = JSON.parse(
    await readFile(join(workspace, 'deals', `${seeded.dealIds[0] ?? 'missing'}.json`), 'utf8'),
  ) as Record<string, unknown>;
  const badInfluence = {
    ...firstDemo,
    id: 'hand-edited',
    name: 'Hand-edited deal',
    stakeholders: [{ id: 'x', name: 'X', role: 'user', stance: 'neutral', influence: 9, interest: 'none' }],
    relations: [],
    layout: {},
  };
  damaged['deals/hand-edited.json'] = Buffer.from(`${JSON.stringify(badInfluence, null, 2)}\n`, 'utf8');
  damaged['deals/cut-off.json'] = Buffer.from('{\n  "schemaVersion": 1,\n  "id": "cut-off",\n  "name": "Cut', 'utf8');
  for (const [file, bytes] of Object.entries(damaged)) await writeFile(join(workspace, file), bytes);
}

const app = useAppSession({ host: 'serve-command', prepareWorkspace: seedDemoAndDamagedFiles });

describe('a workspace with damaged deal files', () => {
  it('opens the other deals, names each damaged file and leaves its bytes alone', async () => {
    const page = await app.openApp();
    const items = await shownDeals(page);
    expect(await items.count()).toBe(demoCount);
    await page.locator('[data-stakeholder-id]').first().waitFor();

    const unreadable = page.getByRole('list', { name: 'Unreadable files' });
    await unreadable.waitFor();
    const badInfluence = unreadable.getByRole('listitem').filter({ hasText: 'deals/hand-edited.json' });
    expect(await badInfluence.textContent()).toMatch(/influence/);
    expect(await unreadable.getByRole('listitem').filter({ hasText: 'deals/cut-off.json' }).count()).toBe(1);

    // Work on another deal meanwhile: saves go to that deal's file only.
    const otherId = (await items.nth(1).getAttribute('data-deal-id')) ?? '';
    await items.nth(1).getByRole('button').first().click();
    await page.getByLabel('Owner', { exact: true }).fill('Journey Three');
    await expect.poll(async () => (await readDealFile(app.workspace, otherId)).owner).toBe('Journey Three');
    await waitUntilSaved(page);
    await saveScreenshot(page, 'damaged-file');
    await page.reload();
    await unreadable.waitFor();

    await app.stop();
    for (const [file, bytes] of Object.entries(damaged)) {
      expect((await readFile(join(app.workspace, file))).equals(bytes), `${file} was changed`).toBe(true);
    }
  });
});
