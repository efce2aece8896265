// Every control has an accessible name: read from Chromium's own accessibility tree, screen by screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from '../support/e2e-harness';
import { stakeholderCard } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

const CONTROL_ROLES = new Set([
  'button',
  'link',
  'textbox',
  'combobox',
  'checkbox',
  'radio',
  'spinbutton',
  'slider',
  'listbox',
  'option',
  'menuitem',
  'tab',
  'switch',
  'searchbox',
]);

interface AxValue {
  readonly value?: unknown;
}
interface AxNode {
  readonly ignored: boolean;
  readonly role?: AxValue;
  readonly name?: AxValue;
  readonly properties?: readonly { readonly name: string; readonly value: AxValue }[];
}

/** The controls Chromium exposes, and those without a name (by role and properties, for the message). */
async function controls(page: Page): Promise<{ count: number; unnamed: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const all = nodes.filter((node) => !node.ignored && CONTROL_ROLES.has(String(node.role?.value ?? '')));
    const unnamed = all
      .filter((node) => String(node.name?.value ?? '').trim() === '')
      .map((node) => `${String(node.role?.value)} ${JSON.stringify(node.properties ?? [])}`);
    return { count: all.length, unnamed };
  } finally {
    await cdp.detach();
  }
}

describe('accessible names', () => {
  it('names every control on the first screen, in the stakeholder editor and in the new-deal dialog', async () => {
    const page = await app.openApp();
    await page.locator('[data-stakeholder-id]').first().waitFor();
    const first = await controls(page);
    // The deal list, toolbar, gaps and deal form alone hold far more than this: the tree was read.
    expect(first.count).toBeGreaterThan(30);
    expect(first.unnamed).toEqual([]);

    await stakeholderCard(page, 'Eva Berg').click();
    await page.getByLabel('Stance', { exact: true }).waitFor();
    expect((await controls(page)).unnamed).toEqual([]);

    await page.getByRole('button', { name: 'New deal', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    expect((await controls(page)).unnamed).toEqual([]);
  });
});
