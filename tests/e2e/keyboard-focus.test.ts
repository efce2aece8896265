// Journey by keyboard in Chromium: modal dialogs keep focus, what-if moves it on purpose, the map re-fits under the banner.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, stakeholderCard } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

/** Whether the focused element is `locator`'s element. */
function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === element.ownerDocument.activeElement);
}

async function focusIsInDialog(page: Page): Promise<boolean> {
  return (await page.locator('dialog[open] :focus').count()) === 1;
}

/**
 * Every card lies in the part of the map a fit uses (FIT_VIEW_OPTIONS keeps 28 px at the top and
 * 128 px at the bottom, clear of the minimap): a map not re-fitted after it shrank has cards past it.
 */
async function cardsInFittedArea(page: Page): Promise<boolean> {
  const canvas = await page.locator('.react-flow').boundingBox();
  const cards = await page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((node) => {
      const { top, bottom, left, right } = node.getBoundingClientRect();
      return { top, bottom, left, right };
    }),
  );
  if (!canvas || cards.length === 0) return false;
  const top = Math.min(...cards.map((card) => card.top)) - canvas.y;
  const bottom = canvas.y + canvas.height - Math.max(...cards.map((card) => card.bottom));
  const left = Math.min(...cards.map((card) => card.left)) - canvas.x;
  const right = canvas.x + canvas.width - Math.max(...cards.map((card) => card.right));
  return top >= 27 && bottom >= 127 && left >= 23 && right >= 23;
}

describe('keyboard focus', () => {
  it('keeps Tab inside a modal dialog, closes it on Escape and gives focus back to its opener', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'ERP replacement');
    const opener = page.getByRole('button', { name: 'Workspace settings' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Workspace settings' });
    await dialog.waitFor();
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      expect(await focusIsInDialog(page)).toBe(true);
    }
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusIsInDialog(page)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(opener)).toBe(true);

    // The page behind is inert: a press on its Auto layout lands on the backdrop, closes and runs nothing.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    const before = await page.locator('.react-flow__viewport').getAttribute('style');
    await page.getByRole('button', { name: 'Auto layout' }).click({ force: true });
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(opener)).toBe(true);
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    expect(await page.locator('.react-flow__viewport').getAttribute('style')).toBe(before);
  });

  it('moves focus into the what-if banner on Try and to the toggle on Discard, marks the Deals tab, and re-fits the map', async () => {
    const page = await app.openApp();
    // A laptop window: the banner takes a large share of the map's height.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.reload();
    await expectOpenDeal(page, 'ERP replacement');
    await stakeholderCard(page, 'Lena Sjöberg').waitFor();
    await expect.poll(() => cardsInFittedArea(page)).toBe(true);

    await page.getByRole('button', { name: /^Try: / }).first().focus();
    await page.keyboard.press('Enter');
    const banner = page.getByRole('region', { name: 'What-if simulation' });
    await expect.poll(() => isFocused(banner.getByRole('heading', { level: 2 }))).toBe(true);
    // The banner takes room from the map: it fits again, no card pushed against (or past) the bottom.
    await expect.poll(() => cardsInFittedArea(page)).toBe(true);
    await saveScreenshot(page, 'keyboard-what-if-banner');

    await page.getByRole('button', { name: 'Pipeline', exact: true }).click();
    const deals = page.getByRole('button', { name: 'Deals', exact: true });
    await expect.poll(() => deals.textContent()).toContain('what-if pending');
    const describedBy = (await deals.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('is pending');
    await saveScreenshot(page, 'keyboard-what-if-pending-tab');

    await deals.click();
    await banner.getByRole('button', { name: 'Discard', exact: true }).focus();
    await page.keyboard.press('Enter');
    await banner.waitFor({ state: 'detached' });
    expect(await isFocused(page.getByRole('button', { name: 'What-if', exact: true }))).toBe(true);
    await expect.poll(() => deals.textContent()).toBe('Deals');
    await expect.poll(() => cardsInFittedArea(page)).toBe(true);
  });
});
