// Journey 1: a new user runs `npm run serve` on a fresh folder and sees the first demo deal's map and gaps.
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, shownDeals } from '../support/e2e-page';

const app = useAppSession({ host: 'serve-command' });

describe('a new user opens the app', () => {
  it('shows the demo deals, the first one open with people on its map and its gaps', async () => {
    const page = await app.openApp();
    const items = await shownDeals(page);
    expect(await items.count()).toBeGreaterThanOrEqual(6);

    const firstDealName = (await items.first().locator('.deal-name').textContent()) ?? '';
    await expectOpenDeal(page, firstDealName);
    expect(await items.first().getByRole('button').first().getAttribute('aria-current')).toBe('true');

    const cards = page.locator('[data-stakeholder-id]');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => cards.first().isVisible()).toBe(true);

    const gaps = page.getByRole('region', { name: 'Gaps' });
    await gaps.waitFor();
    expect(await gaps.locator('[data-gap-code]').count()).toBeGreaterThan(0);
    expect(await gaps.getByText(/^(Lead|Prospect|Qualified|Customer|Lost)$/).count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toBe('Saved');

    await saveScreenshot(page, 'first-run');
  });
});
