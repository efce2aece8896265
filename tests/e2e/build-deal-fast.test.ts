// Journey: a 7-person, 9-relation deal built from nothing, every click, fill, key and drag counted.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal, readDealFile, stakeholderCard, stakeholderNode, waitUntilSaved } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

const PEOPLE = [
  'Dana Fors, CFO, decision-maker, neutral, Finance',
  'Sven Ek, IT Director, influencer, saboteur, IT',
  'Karin Holm, Group Controller, initiator, champion, Finance',
  'Lena Sjö, AP Lead, user, supporter, Finance',
  'Ola Berg, Procurement Lead, buyer, neutral',
  'Maja Lind, Architect, influencer, supporter, IT',
  'Per Ahl, Service Desk, user, unknown, IT',
].join('\n');

/** [from, to, kind]; influences at the default strength. */
const RELATIONS: readonly [string, string, 'influences' | 'reports-to'][] = [
  ['Sven Ek', 'Dana Fors', 'influences'],
  ['Karin Holm', 'Dana Fors', 'influences'],
  ['Lena Sjö', 'Karin Holm', 'influences'],
  ['Maja Lind', 'Sven Ek', 'influences'],
  ['Karin Holm', 'Dana Fors', 'reports-to'],
  ['Lena Sjö', 'Karin Holm', 'reports-to'],
  ['Maja Lind', 'Sven Ek', 'reports-to'],
  ['Per Ahl', 'Sven Ek', 'reports-to'],
  ['Ola Berg', 'Dana Fors', 'reports-to'],
];

/** Drags from the card's bottom handle onto the other card: one interaction. */
async function dragConnect(page: Page, from: string, to: string): Promise<void> {
  const handle = stakeholderNode(page, from).locator('.react-flow__handle-bottom');
  const start = await handle.boundingBox();
  const end = await stakeholderCard(page, to).boundingBox();
  if (!start || !end) throw new Error(`no card for ${from} or ${to}`);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
  await page.mouse.up();
}

describe('building a deal fast', () => {
  it('takes under 40 interactions for 7 people and 9 relations, all of it saved', async () => {
    const page = await app.openApp();
    let interactions = 0;
    const act = async <T>(step: Promise<T>): Promise<T> => {
      interactions += 1;
      return step;
    };

    await act(page.getByRole('button', { name: 'New deal', exact: true }).click());
    const dialog = page.getByRole('dialog', { name: 'New deal' });
    await act(dialog.getByLabel('Deal name').fill('Atlas finance suite'));
    await act(dialog.getByLabel('Account').fill('Atlas Freight AB'));
    await act(dialog.getByLabel('Amount').fill('250000'));
    await act(dialog.getByLabel('Currency').selectOption('SEK'));
    await act(dialog.getByLabel('Close date').fill('2027-03-31'));
    await act(dialog.getByLabel('Owner').fill('Sara Lind'));
    await act(dialog.getByRole('button', { name: 'Create deal' }).click());
    await expectOpenDeal(page, 'Atlas finance suite');

    await act(page.getByRole('button', { name: 'Quick add', exact: true }).click());
    await act(page.getByLabel('People, one per line').fill(PEOPLE));
    await act(page.getByRole('button', { name: 'Add 7 people' }).click());
    await stakeholderCard(page, 'Per Ahl').waitFor();

    for (const [from, to, kind] of RELATIONS) {
      // The map fits newcomers into view with a short animation; drag once it has settled.
      await page.waitForTimeout(350);
      await act(dragConnect(page, from, to));
      const connect = page.getByRole('dialog', { name: `Connect ${from} and ${to}` });
      await connect.waitFor({ timeout: 5000 }).catch(async (error: unknown) => {
        await page.screenshot({ path: '/tmp/shots/fail.png' });
        throw new Error(`no connect dialog for ${from} -> ${to}: ${String(error)}`);
      });
      if (kind === 'reports-to') {
        await act(connect.getByLabel('Relation kind').selectOption('reports-to'));
        await act(connect.getByRole('button', { name: 'Connect' }).click());
      } else {
        // The Connect button has the focus: Enter adds an influence of medium strength.
        await act(page.keyboard.press('Enter'));
      }
      await connect.waitFor({ state: 'detached' });
    }
    await waitUntilSaved(page);
    await saveScreenshot(page, 'build-deal-fast');

    expect(interactions).toBeLessThan(40);
    const dealId = (await page.locator('[data-deal-id][class~="is-open"]').getAttribute('data-deal-id')) ?? '';
    await expect.poll(async () => (await readDealFile(app.workspace, dealId)).relations.length).toBe(9);
    const deal = await readDealFile(app.workspace, dealId);
    expect(deal).toMatchObject({ amount: 250000, currency: 'SEK', closeDate: '2027-03-31', owner: 'Sara Lind' });
    const names = new Map(deal.stakeholders.map((s) => [s.id, s.name]));
    expect(deal.stakeholders).toHaveLength(7);
    expect(deal.stakeholders.find((s) => s.name === 'Sven Ek')).toMatchObject({ role: 'influencer', stance: 'saboteur', department: 'IT' });
    expect(deal.relations.map((r) => [names.get(r.from), names.get(r.to), r.kind])).toEqual(RELATIONS);
    console.info(`build-deal-fast: ${interactions} interactions for 7 people and 9 relations`);
  });
});
