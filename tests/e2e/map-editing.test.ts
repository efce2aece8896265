// Map details a demanding user notices: arrowheads, the keyboard, and an edit made just before leaving.
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { readDealFile, shownDeals } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

async function openFirstDeal() {
  const page = await app.openApp();
  const items = await shownDeals(page);
  const dealId = (await items.first().getAttribute('data-deal-id')) ?? '';
  await page.locator('[data-stakeholder-id]').first().waitFor();
  return { page, dealId };
}

describe('the buying-center map', () => {
  it('draws every influence with an arrowhead big enough to see', async () => {
    const { page } = await openFirstDeal();
    const influences = page.locator('.react-flow__edge-influence');
    await influences.first().waitFor();
    const heads = page.locator('.react-flow__edge-influence .influence-arrowhead');
    expect(await heads.count()).toBe(await influences.count());
    for (const head of await heads.all()) {
      const box = await head.boundingBox();
      expect(Math.max(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(6);
    }
    await saveScreenshot(page, 'map-arrowheads');
  });

  it('opens a card’s editor from the keyboard, as a click does', async () => {
    const { page } = await openFirstDeal();
    const card = page.locator('.react-flow__node-stakeholder').first();
    const name = (await card.locator('.card-name').textContent()) ?? '';
    await card.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe(name);
  });

  it('keeps an edit typed just before the page is reloaded', async () => {
    const { page, dealId } = await openFirstDeal();
    const card = page.locator('[data-stakeholder-id]').first();
    const stakeholderId = (await card.getAttribute('data-stakeholder-id')) ?? '';
    await card.click();
    const note = 'Wants the pilot before the budget freeze';
    await page.getByLabel('Notes', { exact: true }).fill(note);
    // Sooner than the autosave pause: only the save sent as the page goes away can keep it.
    await page.reload();
    await expect
      .poll(async () => (await readDealFile(app.workspace, dealId)).stakeholders.find((s) => s.id === stakeholderId)?.notes)
      .toBe(note);
  });
});
