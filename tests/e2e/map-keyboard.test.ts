// Journey: the map by keyboard alone: focus ring, arrows move a card, Enter edits it, Escape comes back.
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, readDealFile, stakeholderCard, stakeholderNode, waitUntilSaved } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

describe('the map by keyboard', () => {
  it('moves a focused card with the arrows, edits it on Enter and comes back on Escape; edges are no tab stops', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    await stakeholderCard(page, 'Karin Holm').waitFor();
    expect(await page.locator('.react-flow__edge[tabindex="0"]').count()).toBe(0);

    const karin = stakeholderNode(page, 'Karin Holm');
    await karin.focus();
    await page.keyboard.press('Enter');
    const name = page.getByLabel('Name', { exact: true });
    await expect.poll(() => name.evaluate((input) => input === input.ownerDocument.activeElement)).toBe(true);
    expect(await name.inputValue()).toBe('Karin Holm');
    await page.keyboard.press('Escape');
    await expect.poll(() => karin.evaluate((node) => node === node.ownerDocument.activeElement)).toBe(true);
    const ring = await karin.locator('.stakeholder-card').evaluate((card) => card.ownerDocument.defaultView?.getComputedStyle(card).outlineStyle);
    expect(ring).toBe('solid');

    await page.keyboard.press('Enter');
    await karin.focus();
    const before = await karin.boundingBox();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => ((await karin.boundingBox())?.x ?? 0) - (before?.x ?? 0)).toBeGreaterThan(30);
    await waitUntilSaved(page);
    const deal = await readDealFile(app.workspace, 'northwind-erp');
    expect(deal.layout?.karin).toBeDefined();
    await saveScreenshot(page, 'map-keyboard');
  });
});
