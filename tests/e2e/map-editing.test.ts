// Map details a demanding user notices: arrowheads, the keyboard, Delete, and an edit made just before leaving.
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { readDealFile, shownDeals, waitUntilSaved } from '../support/e2e-page';

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

  it('grows side handles on the card under the pointer only, and connects by dragging one onto another card', async () => {
    const { page } = await openFirstDeal();
    const nodes = page.locator('.react-flow__node-stakeholder');
    // At rest no card has side handles (each would cost a store subscription on every pan/zoom frame).
    expect(await page.locator('.card-side-handle').count()).toBe(0);
    const [from, to] = [nodes.nth(0), nodes.nth(1)];
    const fromName = (await from.locator('.card-name').textContent()) ?? '';
    const toName = (await to.locator('.card-name').textContent()) ?? '';
    await from.hover();
    const right = from.locator('.react-flow__handle-right');
    await right.waitFor();
    expect(await page.locator('.card-side-handle').count()).toBe(2);
    const start = await right.boundingBox();
    const end = await to.boundingBox();
    if (!start || !end) throw new Error('no handle or card to drag between');
    // At least 16 px in map units (the screen shows it smaller on a map zoomed out to fit).
    const width = await page.evaluate(`parseFloat(getComputedStyle(document.querySelector('.react-flow__handle-right')).width)`);
    expect(width).toBeGreaterThanOrEqual(16);
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('dialog', { name: `Connect ${fromName} and ${toName}` }).waitFor();
  });

  it('deletes the selected card with Delete on the map, never from a key meant for a gap', async () => {
    const { page } = await openFirstDeal();
    const cards = page.locator('.react-flow__node-stakeholder');
    const before = await cards.count();
    const [kept, deleted] = [cards.nth(0), cards.nth(1)];
    const keptName = (await kept.locator('.card-name').textContent()) ?? '';
    const deletedName = (await deleted.locator('.card-name').textContent()) ?? '';
    await kept.click();
    await page.getByRole('region', { name: 'Gaps' }).locator('[data-gap-code]').first().focus();
    await page.keyboard.press('Delete');
    await page.keyboard.press('Backspace');
    // A delete on purpose: any stray delete from the keys above would have landed before it.
    await deleted.click();
    await page.keyboard.press('Delete');
    await expect.poll(() => cards.count()).toBe(before - 1);
    const names = await page.locator('.react-flow__node-stakeholder .card-name').allTextContents();
    expect(names).toContain(keptName);
    expect(names).not.toContain(deletedName);
  });

  it('keeps an edit typed just before the page is reloaded', async () => {
    const { page, dealId } = await openFirstDeal();
    const card = page.locator('[data-stakeholder-id]').first();
    const stakeholderId = (await card.getAttribute('data-stakeholder-id')) ?? '';
    await card.click();
    const note = 'Wants the pilot before the budget freeze';
    await page.getByLabel('Notes', { exact: true }).fill(note);
    // The app asks "Leave site?" while the edit is unsaved; the user leaves anyway.
    page.on('dialog', (dialog) => void dialog.accept());
    // Sooner than the autosave pause: only the save sent as the page goes away can keep it.
    await page.reload();
    await expect
      .poll(async () => (await readDealFile(app.workspace, dealId)).stakeholders.find((s) => s.id === stakeholderId)?.notes)
      .toBe(note);
  });

  it('asks before the page goes while a save is in flight, and lets it go without asking once saved', async () => {
    const { page, dealId } = await openFirstDeal();
    let releaseSave = () => {};
    const saveHeld = new Promise<void>((resolve) => (releaseSave = resolve));
    const saveArrived = new Promise<void>((arrived) => {
      void page.route('**/api/saveDeal', async (route) => {
        arrived();
        await saveHeld;
        await route.continue();
      });
    });
    await page.locator('[data-stakeholder-id]').first().click();
    const note = 'Signs off anything above 100k';
    await page.getByLabel('Notes', { exact: true }).fill(note);
    await saveArrived;

    // The first "Leave site?" is answered "Stay"; any later one would be a bug, answered "Leave".
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void (asked.length === 1 ? dialog.dismiss() : dialog.accept());
    });
    // location.reload() runs beforeunload, and so the prompt, before it returns.
    await page.evaluate('location.reload()');
    expect(asked).toEqual(['beforeunload']);
    releaseSave();
    await waitUntilSaved(page);
    expect((await readDealFile(app.workspace, dealId)).stakeholders.some((s) => s.notes === note)).toBe(true);
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
  });
});
