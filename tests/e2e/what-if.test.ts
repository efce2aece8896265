// Journey: what-if on the demo's ERP deal: neutralise the saboteur, see the diff, discard; try a suggested action.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, saveScreenshot, useAppSession } from '../support/e2e-harness';
import { editStakeholder, expectOpenDeal, gapButton, readDealFile, stakeholderCard } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

describe('what-if', () => {
  it('turns the saboteur neutral on a scratch copy, shows what it closes, and discards back to the saved deal', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    await stakeholderCard(page, 'Anders Nyström').waitFor();
    const saboteurGap = gapButton(page, 'saboteur-unchecked');
    await saboteurGap.waitFor();

    // The gap's evidence: the saboteur's path and the ally's that fails to match it, drawn in order.
    await saboteurGap.click();
    await page.locator('.react-flow__edge.on-gap-path.path-hostile').first().waitFor();
    const row = saboteurGap.locator('xpath=..');
    await row.getByText('Path: Anders Nyström → Eva Berg (strength 3)').waitFor();
    expect(await row.getByRole('list', { name: 'Coaching questions' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'what-if-gap-paths');
    await page.keyboard.press('Escape');

    const toggle = page.getByRole('button', { name: 'What-if', exact: true });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const banner = page.getByRole('region', { name: 'What-if simulation' });
    await banner.getByText('Simulating — nothing is saved until you apply').waitFor();

    await stakeholderCard(page, 'Anders Nyström').click();
    await editStakeholder(page, { stance: 'neutral' });
    await saboteurGap.waitFor({ state: 'detached' });
    const closed = banner.getByRole('list', { name: 'Gaps closed' });
    await closed.locator('[data-gap-code="saboteur-unchecked"]').waitFor();
    await saveScreenshot(page, 'what-if-saboteur-neutral');
    const onDisk = await readDealFile(app.workspace, 'northwind-erp');
    expect(onDisk.stakeholders.find((s) => s.id === 'anders')?.stance).toBe('saboteur');

    await banner.getByRole('button', { name: 'Discard', exact: true }).click();
    await banner.waitFor({ state: 'detached' });
    await saboteurGap.waitFor();
    expect(await page.getByLabel('Stance', { exact: true }).inputValue()).toBe('saboteur');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const after = await readDealFile(app.workspace, 'northwind-erp');
    expect(after.revision).toBe(onDisk.revision);
  });

  it('tries a suggested action and shows what it would change', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    const actions = page.getByRole('region', { name: 'Next best actions' });
    const tries = actions.getByRole('button', { name: /^Try: / });
    await tries.first().waitFor();
    expect(await tries.count()).toBeLessThanOrEqual(5);
    const title = (await actions.locator('.next-action-title').first().textContent()) ?? '';
    // The side panel scrolls on its own: bring the actions to its top for the screenshot.
    await actions.evaluate((region) => {
      const panel = region.closest('.side-panel');
      if (panel) panel.scrollTop = (region as unknown as { offsetTop: number }).offsetTop - 64;
    });
    await saveScreenshot(page, 'what-if-next-actions');
    await tries.first().click();

    const banner = page.getByRole('region', { name: 'What-if simulation' });
    await banner.waitFor();
    const diff = banner.getByRole('group', { name: 'Difference from the saved deal' });
    await expect.poll(async () => (await diff.textContent()) ?? '').toMatch(/Score\d+ → \d+ \(\+\d+\)/);
    expect(await banner.getByRole('list', { name: 'Gaps closed' }).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(title).not.toBe('');
    await saveScreenshot(page, 'what-if-tried-action');

    // Opening another deal asks what to do with the simulation; discarding opens it, nothing saved.
    const before = await readDealFile(app.workspace, 'northwind-erp');
    await page.getByRole('list', { name: 'Deals' }).getByText('Factory MES rollout').click();
    const dialog = page.getByRole('dialog', { name: 'Leave the what-if simulation?' });
    await dialog.waitFor();
    await saveScreenshot(page, 'what-if-leave-dialog');
    await dialog.getByText('then open “Factory MES rollout”', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Discard', exact: true }).click();
    await expectOpenDeal(page, 'Factory MES rollout');
    await banner.waitFor({ state: 'detached' });
    expect((await readDealFile(app.workspace, 'northwind-erp')).revision).toBe(before.revision);
  });

  it('ranks in a worker without ELK: only the map worker ships it, the ranking worker lays out with the page\'s grid stand-in', async () => {
    const assets = join(REPO_ROOT, 'dist', 'renderer', 'assets');
    const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
    const shipsElk = async (prefix: string) => {
      const file = scripts.find((name) => name.startsWith(prefix));
      if (!file) throw new Error(`no ${prefix} bundle in ${assets}`);
      return (await readFile(join(assets, file), 'utf8')).includes('org.eclipse.elk');
    };
    expect(await shipsElk('layout-worker-')).toBe(true);
    expect(await shipsElk('ranking-worker-')).toBe(false);
    expect(await shipsElk('index-')).toBe(false);
  });
});
