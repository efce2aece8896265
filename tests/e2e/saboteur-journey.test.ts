// Journey 2: build a deal's buying center, see a saboteur go unchecked, check them with a champion.
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import {
  addInfluenceTo,
  editStakeholder,
  expectClass,
  expectOpenDeal,
  gapButton,
  readDealFile,
  stakeholderCard,
  stakeholderNode,
  waitUntilSaved,
} from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

describe('a saboteur on a new deal', () => {
  it('is flagged, highlighted, checked by a stronger champion, and all of it is saved', async () => {
    const page = await app.openApp();
    await page.getByRole('button', { name: 'New deal', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New deal' });
    await dialog.getByLabel('Deal name').fill('Atlas CRM rollout');
    await dialog.getByLabel('Account').fill('Atlas Freight AB');
    await dialog.getByRole('button', { name: 'Create deal' }).click();
    await expectOpenDeal(page, 'Atlas CRM rollout');

    await page.getByRole('button', { name: 'Add a decision-maker' }).click();
    await editStakeholder(page, { name: 'Dana Fors', title: 'CFO' });
    await page.getByRole('button', { name: 'Add stakeholder', exact: true }).click();
    await editStakeholder(page, { name: 'Sven Ek', title: 'IT Director', stance: 'saboteur' });
    await addInfluenceTo(page, 'Dana Fors', '2');

    const saboteurGap = gapButton(page, 'saboteur-unchecked');
    await saboteurGap.waitFor();
    await page.keyboard.press('Escape');
    await saboteurGap.click();
    await expectClass(stakeholderNode(page, 'Dana Fors'), 'is-highlighted');
    await expectClass(stakeholderNode(page, 'Sven Ek'), 'is-highlighted');
    expect(await saboteurGap.getAttribute('aria-pressed')).toBe('true');
    await saveScreenshot(page, 'saboteur-unchecked');

    await page.getByRole('button', { name: 'Add stakeholder', exact: true }).click();
    await editStakeholder(page, { name: 'Karin Holm', title: 'COO', stance: 'champion' });
    await addInfluenceTo(page, 'Dana Fors', '3');
    await saboteurGap.waitFor({ state: 'detached' });
    const dealId = (await page.locator('[data-deal-id][class~="is-open"]').getAttribute('data-deal-id')) ?? '';
    await expect
      .poll(async () => (await readDealFile(app.workspace, dealId)).relations.length)
      .toBe(2);
    await waitUntilSaved(page);

    await page.reload();
    await expectOpenDeal(page, 'Atlas CRM rollout');
    for (const name of ['Dana Fors', 'Sven Ek', 'Karin Holm']) await stakeholderCard(page, name).waitFor();
    expect(await gapButton(page, 'saboteur-unchecked').count()).toBe(0);
    expect(await page.locator('.react-flow__edge').count()).toBe(2);
    await saveScreenshot(page, 'saboteur-checked');

    const deal = await readDealFile(app.workspace, dealId);
    expect(deal.name).toBe('Atlas CRM rollout');
    const byName = new Map(deal.stakeholders.map((s) => [s.name, s]));
    expect(byName.get('Dana Fors')).toMatchObject({ role: 'decision-maker', title: 'CFO' });
    expect(byName.get('Sven Ek')).toMatchObject({ stance: 'saboteur' });
    expect(byName.get('Karin Holm')).toMatchObject({ stance: 'champion' });
    const dana = byName.get('Dana Fors')?.id;
    const influences = deal.relations.map((r) => ({ from: r.from, to: r.to, kind: r.kind, strength: r.strength }));
    expect(influences).toEqual([
      { from: byName.get('Sven Ek')?.id, to: dana, kind: 'influences', strength: 2 },
      { from: byName.get('Karin Holm')?.id, to: dana, kind: 'influences', strength: 3 },
    ]);
    expect(Object.keys(deal.layout ?? {}).sort()).toEqual(deal.stakeholders.map((s) => s.id).sort());
  });
});
