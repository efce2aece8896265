// Journey: a deal file written from outside (sync tool, CLI, a teammate) reaches the open app, list and map; with unsaved edits, both versions show.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDeal } from '../../electron/services/deal-file-order';
import { buildDeal, decisionMaker, stakeholder } from '../support/deal-builder';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, readDealFile, stakeholderCard } from '../support/e2e-page';

const alpha = buildDeal({ id: 'alpha-expansion', name: 'Alpha expansion', account: 'Alpha AB', stakeholders: [decisionMaker({ id: 'eva', name: 'Eva Berg' })] });
const beta = buildDeal({ id: 'beta-renewal', name: 'Beta renewal', account: 'Beta AB' });

const app = useAppSession({
  host: 'in-process',
  deals: [alpha, beta],
});

const dealFile = (id: string) => join(app.workspace, 'deals', `${id}.json`);

describe('an outside change in the open app', () => {
  it('adds a new deal to the list and a new stakeholder to the open map, without a reload', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'Alpha expansion');
    const list = page.getByRole('navigation', { name: 'Deal list' });
    await writeFile(dealFile('gamma-pilot'), serializeDeal(buildDeal({ id: 'gamma-pilot', name: 'Gamma pilot', account: 'Gamma AB' })));
    await expect.poll(() => list.getByRole('button', { name: /Gamma pilot/ }).count(), { timeout: 5_000 }).toBe(1);

    const onDisk = await readDealFile(app.workspace, 'alpha-expansion');
    await writeFile(dealFile('alpha-expansion'), serializeDeal({ ...onDisk, revision: onDisk.revision + 1, stakeholders: [...onDisk.stakeholders, stakeholder({ id: 'olle', name: 'Olle Lind' })] }));
    await expect.poll(() => stakeholderCard(page, 'Olle Lind').count(), { timeout: 5_000 }).toBe(1);
    await saveScreenshot(page, 'outside-change-arrived');
  });

  it('with unsaved edits shows both versions and keeps the user’s until they choose', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'Alpha expansion');
    // A pause long enough that the edit is still unsaved when the outside change lands.
    const onDisk = await readDealFile(app.workspace, 'alpha-expansion');
    await page.getByLabel('Deal name').fill('Alpha expansion, my edit');
    await writeFile(dealFile('alpha-expansion'), serializeDeal({ ...onDisk, revision: onDisk.revision + 1, name: 'Alpha expansion, their edit' }));
    const banner = page.getByRole('alert', { name: 'Changed on disk' });
    await banner.waitFor({ timeout: 5_000 });
    expect(await banner.textContent()).toContain('Alpha expansion, their edit');
    expect(await banner.textContent()).toContain('Alpha expansion, my edit');
    await expectOpenDeal(page, 'Alpha expansion, my edit');
    await saveScreenshot(page, 'outside-change-conflict');
    await banner.getByRole('button', { name: 'Take the version on disk' }).click();
    await expectOpenDeal(page, 'Alpha expansion, their edit');
    expect((await readDealFile(app.workspace, 'alpha-expansion')).name).toBe('Alpha expansion, their edit');
  });
});
