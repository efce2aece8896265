// Journey: the page asks the host for the listing before its app modules run, once, and the list shows from that answer.
import { describe, expect, it } from 'vitest';
import { useAppSession } from '../support/e2e-harness';
import { expectOpenDeal } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

/** The page's API requests in the order it made them, with when each started (ms from navigation). */
const API_REQUESTS = `performance.getEntriesByType('resource')
  .filter((entry) => entry.name.includes('/api/'))
  .map((entry) => ({ name: entry.name.split('/api/')[1], startTime: entry.startTime }))`;

describe('the listing at page start', () => {
  it('is asked for once, before the settings the app asks for as it loads, and fills the deal list', async () => {
    const page = await app.openApp();
    await page.reload();
    await expectOpenDeal(page, 'ERP replacement');
    const requests = (await page.evaluate(API_REQUESTS)) as { name: string; startTime: number }[];
    const names = requests.map((request) => request.name);
    expect(names.filter((name) => name === 'listDeals')).toHaveLength(1);
    expect(names.indexOf('listDeals')).toBeLessThan(names.indexOf('getSettings'));
    const startOf = (name: string) => requests.find((request) => request.name === name)?.startTime ?? Number.NaN;
    expect(startOf('listDeals')).toBeLessThan(startOf('getSettings'));
    expect(await page.locator('[data-deal-id]').count()).toBeGreaterThan(1);
  });
});
