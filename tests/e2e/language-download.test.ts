// Journey: the first screen downloads English only and no command-line text; Svenska is fetched once when picked, and the page never shows a message key.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../shared/i18n';
import { useAppSession } from '../support/e2e-harness';
import { expectOpenDeal } from '../support/e2e-page';

const app = useAppSession({ host: 'in-process' });

/** Every script the page fetched, with its text, in order. */
function recordScripts(page: Page): { readonly url: string; readonly text: Promise<string> }[] {
  const scripts: { url: string; text: Promise<string> }[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push({ url: response.url(), text: response.text() });
  });
  return scripts;
}

/** Runs in the page: keeps its text after every change of the document in `window.seenTexts` (a string: these tests have no DOM types). */
const WATCH_TEXTS = `(() => {
  window.seenTexts = [];
  const watch = () => new MutationObserver(() => window.seenTexts.push(document.body.innerText))
    .observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  if (document.body) watch(); else document.addEventListener('DOMContentLoaded', watch);
})()`;

const seenTexts = (page: Page) => page.evaluate('window.seenTexts') as Promise<string[]>;

async function watchTexts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(WATCH_TEXTS);
  return () => seenTexts(page);
}

const KEYS = Object.keys(CATALOGS.en).filter((key) => key.includes('.'));

function keysIn(texts: readonly string[]): string[] {
  return KEYS.filter((key) => texts.some((text) => text.includes(key)));
}

describe('the languages the page downloads', () => {
  it('starts with English only, fetches Svenska once when picked, and shows no message key on the way', async () => {
    const page = await app.openApp();
    const scripts = recordScripts(page);
    await page.reload();
    await expectOpenDeal(page, 'ERP replacement');

    const firstScreen = await Promise.all(scripts.map(async (script) => ({ url: script.url, text: await script.text })));
    expect(firstScreen.length).toBeGreaterThan(0);
    expect(firstScreen.filter((script) => script.text.includes('Affärsuppgifter')).map((script) => script.url)).toEqual([]);
    expect(firstScreen.filter((script) => script.text.includes('cli.report.header.deal')).map((script) => script.url)).toEqual([]);
    expect(firstScreen.some((script) => script.text.includes('Deal details'))).toBe(true);

    const texts = await watchTexts(page);
    const fetchedBefore = scripts.length;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
    await page.getByRole('heading', { name: 'Affärsuppgifter' }).waitFor();
    const swedish = await Promise.all(scripts.slice(fetchedBefore).map(async (script) => ({ url: script.url, text: await script.text })));
    expect(swedish.filter((script) => script.text.includes('Affärsuppgifter'))).toHaveLength(1);
    expect(keysIn(await texts())).toEqual([]);

    // Back to English and to Swedish again: nothing more to fetch.
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('heading', { name: 'Deal details' }).waitFor();
    const fetched = scripts.length;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
    await page.getByRole('heading', { name: 'Affärsuppgifter' }).waitFor();
    expect(scripts.length).toBe(fetched);
    expect(keysIn(await texts())).toEqual([]);
  });

  it('opens in Swedish after a reload, with no English first screen in between', async () => {
    const page = await app.openApp();
    await page.evaluate(`window.localStorage.setItem('dealmap.language', 'sv')`);
    await page.addInitScript({ content: WATCH_TEXTS });
    await page.reload();
    await page.getByRole('heading', { name: 'Affärsuppgifter' }).waitFor();
    const texts = await seenTexts(page);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((text) => text.includes('Deal details'))).toEqual([]);
    expect(keysIn(texts)).toEqual([]);
  });
});
