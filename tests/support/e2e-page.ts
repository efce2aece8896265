// What the journeys read and do on the page, by accessible role and name.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Deal } from '../../shared/model/deal-schema';

/** The items of the deal list, once the first one is shown. */
export async function shownDeals(page: Page): Promise<Locator> {
  const items = page.getByRole('list', { name: 'Deals' }).getByRole('listitem');
  await items.first().waitFor();
  return items;
}

/** Waits until the deal open on the map is the one named `name`. */
export async function expectOpenDeal(page: Page, name: string): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
}

export function stakeholderCard(page: Page, name: string): Locator {
  return page.locator('[data-stakeholder-id]', { hasText: name });
}

/** The React Flow node around a card, which carries the highlight classes. */
export function stakeholderNode(page: Page, name: string): Locator {
  return page.locator('.react-flow__node', { has: stakeholderCard(page, name) });
}

export function gapButton(page: Page, code: string): Locator {
  return page.getByRole('region', { name: 'Gaps' }).locator(`[data-gap-code="${code}"]`);
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
}

/** Fills the selected stakeholder's editor. */
export async function editStakeholder(
  page: Page,
  fields: { name?: string; title?: string; role?: string; stance?: string; influence?: string },
): Promise<void> {
  const label = (text: string) => page.getByLabel(text, { exact: true });
  if (fields.name !== undefined) await label('Name').fill(fields.name);
  if (fields.title !== undefined) await label('Title').fill(fields.title);
  if (fields.role !== undefined) await label('Role').selectOption(fields.role);
  if (fields.stance !== undefined) await label('Stance').selectOption(fields.stance);
  if (fields.influence !== undefined) await label('Influence').selectOption(fields.influence);
}

/** Adds an influence from the selected stakeholder to `targetName` through the side panel. */
export async function addInfluenceTo(page: Page, targetName: string, strength: '1' | '2' | '3'): Promise<void> {
  await page.getByLabel('Relation kind', { exact: true }).selectOption('influences');
  await page.getByLabel('Relation target', { exact: true }).selectOption({ label: targetName });
  await page.getByLabel('Relation strength', { exact: true }).selectOption(strength);
  await page.getByRole('button', { name: 'Add relation', exact: true }).click();
}

export async function expectClass(locator: Locator, className: string, present = true): Promise<void> {
  await expect
    .poll(async () => ((await locator.getAttribute('class')) ?? '').split(/\s+/).includes(className))
    .toBe(present);
}

/** The deal file as it is on disk now: `<workspace>/deals/<id>.json`. */
export async function readDealFile(workspace: string, id: string): Promise<Deal> {
  return JSON.parse(await readFile(join(workspace, 'deals', `${id}.json`), 'utf8')) as Deal;
}
