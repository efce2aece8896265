// Journey: the 27-person demo deal and a generated 60-person deal at 1024x768 and 1440x900: no overlapping cards, arrows routed in the worker, a department folds, far-out cards mount only name, role and stance.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeDeal } from '../../electron/services/deal-file-order';
import { seedDemoWorkspace } from '../../electron/services/demo/seed-demo-workspace';
import { generateDeal } from '../../electron/services/generate';
import { dealsFolder } from '../../electron/services/workspace-paths';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectClass, expectOpenDeal } from '../support/e2e-page';
import { CARD_HANDLES } from '../../renderer/map/card-handles';
import { STANCE_COLOURS } from '../../shared/layout/map-style';
import { STAKEHOLDER_ROLES, STAKEHOLDER_STANCES } from '../../shared/model/vocabulary';

const LARGE = { id: 'generated-60', name: 'Generated buying center of 60' };
const PAIRS = { id: 'every-pair', name: 'Every role with every stance' };

const app = useAppSession({
  host: 'in-process',
  prepareWorkspace: async (workspace) => {
    await seedDemoWorkspace(workspace);
    // Never arranged by hand: the map lays it out in its worker on first opening.
    const deal = { ...generateDeal(3, 2026, '2026-11-27', 60), ...LARGE };
    await writeFile(join(dealsFolder(workspace), `${deal.id}.json`), serializeDeal(deal));
    // One person for each role and stance together: the longest chip pairs in either language.
    const pairs = generateDeal(4, 2026, '2026-11-27', STAKEHOLDER_ROLES.length * STAKEHOLDER_STANCES.length);
    const stakeholders = pairs.stakeholders.map((person, index) => ({
      ...person,
      role: STAKEHOLDER_ROLES[index % STAKEHOLDER_ROLES.length] ?? 'unknown',
      stance: STAKEHOLDER_STANCES[Math.floor(index / STAKEHOLDER_ROLES.length)] ?? 'unknown',
    }));
    await writeFile(join(dealsFolder(workspace), `${PAIRS.id}.json`), serializeDeal({ ...pairs, ...PAIRS, stakeholders }));
  },
});

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Screen boxes of every visible card. */
async function cardBoxes(page: Page): Promise<Box[]> {
  const cards = page.locator('.react-flow__node-stakeholder:visible');
  const boxes: Box[] = [];
  for (let index = 0; index < (await cards.count()); index += 1) {
    const box = await cards.nth(index).boundingBox();
    if (box) boxes.push(box);
  }
  return boxes;
}

function overlapping(boxes: readonly Box[]): number {
  let count = 0;
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5) count += 1;
    }),
  );
  return count;
}

/** Edges whose path turns at least once: routed around the cards, not the straight preview. */
async function routedEdges(page: Page): Promise<number> {
  const paths = await page.locator('.react-flow__edge-path').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('d') ?? ''));
  return paths.filter((d) => (d.match(/[LQ]/g) ?? []).length >= 2).length;
}

/** Cards that lie (partly) outside the map's pane: zero once the map is fitted whole. */
async function cardsOutOfView(page: Page): Promise<number> {
  const pane = await page.locator('.react-flow').boundingBox();
  if (!pane) return -1;
  const out = (await cardBoxes(page)).filter((b) => b.x < pane.x - 1 || b.y < pane.y - 1 || b.x + b.width > pane.x + pane.width + 1 || b.y + b.height > pane.y + pane.height + 1);
  return out.length;
}

/** Opens a deal from the list (shown at 1440 px wide; a 1024 px window folds it), then sizes the window. */
async function openDeal(page: Page, id: string, name: string, people: number, viewport = { width: 1440, height: 900 }): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.locator(`[data-deal-id="${id}"] .deal-row`).click();
  await expectOpenDeal(page, name);
  await expect.poll(() => page.locator('.react-flow__node-stakeholder').count(), { timeout: 30_000 }).toBe(people);
  await expect.poll(() => routedEdges(page), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.setViewportSize(viewport);
  await expect.poll(() => cardsOutOfView(page), { timeout: 10_000 }).toBe(0);
}

describe('the map at real size', () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1440, height: 900 },
  ]) {
    it(`shows the 27-person demo deal and a 60-person deal whole at ${viewport.width}x${viewport.height}, without overlapping cards`, async () => {
      const page = await app.openApp();
      await openDeal(page, 'meridian-tms', 'Group transport management', 27, viewport);
      expect(overlapping(await cardBoxes(page))).toBe(0);
      // A window 1200 px wide or less has no room for the overview: it is not in the page (opened at 1440 px, it goes as the window narrows).
      await expect.poll(() => page.locator('.map-overview').count()).toBe(viewport.width > 1200 ? 1 : 0);
      await saveScreenshot(page, `map-meridian-${viewport.width}x${viewport.height}`);

      await openDeal(page, LARGE.id, LARGE.name, 60, viewport);
      expect(overlapping(await cardBoxes(page))).toBe(0);
      await saveScreenshot(page, `map-generated-60-${viewport.width}x${viewport.height}`);
      await page.close();
    });
  }

  it('mounts far-out cards as name, role and stance only, from the first render, and the full card once zoomed in', async () => {
    const page = await app.openApp();
    await page.setViewportSize({ width: 1440, height: 900 });
    // The first deal's map opens by itself; from then on, count every card detail added while the far-out map opens.
    await page.locator('.react-flow__node-stakeholder').first().waitFor();
    await page.evaluate(`(() => {
      window.cardDetailsMounted = 0;
      new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach((node) => {
        if (node instanceof Element) window.cardDetailsMounted += node.querySelectorAll('.card-title, .card-meta').length + (node.matches('.card-title, .card-meta') ? 1 : 0);
      }))).observe(document.body, { childList: true, subtree: true });
    })()`);
    await openDeal(page, LARGE.id, LARGE.name, 60);
    const map = page.locator('.react-flow');
    await expectClass(map, 'map-far');
    const card = page.locator('.stakeholder-card').first();
    expect(await card.locator('.card-name').count()).toBe(1);
    expect(await card.locator('.role-chip, .stance-chip').count()).toBe(2);
    expect(await page.locator('.card-title, .card-meta, .influence-dots').count()).toBe(0);
    expect(await page.evaluate('window.cardDetailsMounted')).toBe(0);
    await saveScreenshot(page, 'map-generated-60-far');

    // Far enough out that the dots are under a third of a pixel, the dotted background is not drawn at all.
    const zoom = async () => Number(/scale\(([\d.]+)\)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1]);
    const zoomOut = page.locator('.react-flow__controls-zoomout');
    for (let step = 0; step < 12 && (await zoom()) >= 0.2; step += 1) await zoomOut.click();
    await expect.poll(zoom).toBeLessThan(0.2);
    await expect.poll(() => page.locator('.react-flow__background').count()).toBe(0);

    const zoomIn = page.locator('.react-flow__controls-zoomin');
    for (let step = 0; step < 12 && (await map.getAttribute('class'))?.includes('map-far'); step += 1) await zoomIn.click();
    await expectClass(map, 'map-far', false);
    await expect.poll(() => page.locator('.card-title').count()).toBeGreaterThan(0);
    expect(await page.locator('.card-title').count()).toBe(await page.locator('.stakeholder-card').count());
    expect(await page.locator('.card-meta .influence-dots').count()).toBe(await page.locator('.stakeholder-card').count());
    expect(await page.locator('.react-flow__background').count()).toBe(1);
    await saveScreenshot(page, 'map-generated-60-near');
    await page.close();
  });

  it('opens a map in one pass: cards enter the page shown, fitted, with their arrows, and their handles where React Flow measures them', async () => {
    const page = await app.openApp();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator('.react-flow__node-stakeholder').first().waitFor();
    // From here on: every card added hidden (waiting to be measured), and what each frame shows.
    await page.evaluate(`(() => {
      window.opening = { hiddenOnEntry: 0, frames: [] };
      new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return;
        const cards = [...node.querySelectorAll('.react-flow__node-stakeholder'), ...(node.matches('.react-flow__node-stakeholder') ? [node] : [])];
        window.opening.hiddenOnEntry += cards.filter((card) => card.style.visibility === 'hidden').length;
      }))).observe(document.body, { childList: true, subtree: true });
      const frame = () => {
        const cards = document.querySelectorAll('.react-flow__node-stakeholder').length;
        if (cards > 10) window.opening.frames.push({ cards, edges: document.querySelectorAll('.react-flow__edge').length, transform: document.querySelector('.react-flow__viewport')?.style.transform ?? '' });
        if (window.opening.frames.length < 120) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    })()`);
    await openDeal(page, LARGE.id, LARGE.name, 60);
    const opening = (await page.evaluate('window.opening')) as { hiddenOnEntry: number; frames: { cards: number; edges: number; transform: string }[] };
    const relations = await page.locator('.react-flow__edge').count();
    const fitted = await page.locator('.react-flow__viewport').getAttribute('style').then((style) => /transform: ([^;]+)/.exec(style ?? '')?.[1] ?? '');
    expect(opening.hiddenOnEntry).toBe(0);
    expect(opening.frames[0]).toEqual({ cards: 60, edges: relations, transform: fitted });

    // The handles handed to React Flow up front are where the page draws them (map.css).
    const measured = (await page.evaluate(`(() => {
      const node = document.querySelector('.react-flow__node-stakeholder');
      const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).m22;
      const box = node.getBoundingClientRect();
      return [...node.querySelectorAll('.react-flow__handle')].map((handle) => {
        const bounds = handle.getBoundingClientRect();
        return { id: handle.dataset.handleid, x: (bounds.left - box.left) / zoom, y: (bounds.top - box.top) / zoom, width: handle.offsetWidth, height: handle.offsetHeight };
      });
    })()`)) as { id: string; x: number; y: number; width: number; height: number }[];
    expect(measured).toHaveLength(CARD_HANDLES.length);
    for (const declared of CARD_HANDLES) {
      const found = measured.find((handle) => handle.id === declared.id);
      expect(found?.x).toBeCloseTo(declared.x, 2);
      expect(found?.y).toBeCloseTo(declared.y, 2);
      expect([found?.width, found?.height]).toEqual([declared.width, declared.height]);
    }
    await page.close();
  });

  it('folds a department into one box and back from its name', async () => {
    const page = await app.openApp();
    await openDeal(page, 'meridian-tms', 'Group transport management', 27);
    const shown = await page.locator('.react-flow__node-stakeholder:visible').count();
    const fold = page.getByRole('button', { name: /^Fold .+ into one box/ }).first();
    const label = (await fold.getAttribute('aria-label')) ?? '';
    const people = Number(/\((\d+) people\)/.exec(label)?.[1]);
    await fold.click();
    const unfold = page.getByRole('button', { name: /^Unfold / });
    await expect.poll(() => unfold.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.react-flow__node-stakeholder:visible').count()).toBe(shown - people);
    await saveScreenshot(page, 'map-department-folded');
    await unfold.click();
    await expect.poll(() => page.locator('.react-flow__node-stakeholder:visible').count()).toBe(shown);
  });

  it('draws every shown card in the overview in its stance colour, and the overview pans and zooms the map', async () => {
    const page = await app.openApp();
    await openDeal(page, 'meridian-tms', 'Group transport management', 27);
    const overview = page.getByRole('img', { name: 'Map overview' });
    /** Shapes per fill: each card and frame is one rectangle in its fill's path. */
    const shapes = async () =>
      Object.fromEntries(
        await overview.locator('path[fill]').evaluateAll((paths) => paths.map((path) => [path.getAttribute('fill') ?? '', (path.getAttribute('d') ?? '').split('M').length - 1])),
      ) as Record<string, number>;
    const total = async () => Object.values(await shapes()).reduce((sum, count) => sum + count, 0);
    expect(await total()).toBe(await page.locator('.react-flow__node').count());
    expect((await shapes())[STANCE_COLOURS.saboteur.strong]).toBe(2);

    // Folding a department takes its people out of the overview too.
    const fold = page.getByRole('button', { name: /^Fold .+ into one box/ }).first();
    await fold.click();
    await expect.poll(total).toBe(await page.locator('.react-flow__node').count());
    await page.getByRole('button', { name: /^Unfold / }).click();
    await expect.poll(total).toBe(await page.locator('.react-flow__node').count());

    const transform = async () => /transform: ([^;]+)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1] ?? '';
    const box = await overview.boundingBox();
    if (!box) throw new Error('the overview is not shown');
    const before = await transform();
    const mask = () => overview.locator('.react-flow__minimap-mask').getAttribute('d');
    const maskBefore = await mask();
    expect(maskBefore).toMatch(/^M.+z\s*M.+z$/);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 10, { steps: 5 });
    await page.mouse.up();
    const panned = await transform();
    expect(panned).not.toBe(before);
    expect(/scale\(([\d.]+)\)/.exec(panned)?.[1]).toBe(/scale\(([\d.]+)\)/.exec(before)?.[1]);
    // The overview's frame of the viewport follows it.
    expect(await mask()).not.toBe(maskBefore);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await expect.poll(async () => /scale\(([\d.]+)\)/.exec(await transform())?.[1]).not.toBe(/scale\(([\d.]+)\)/.exec(panned)?.[1]);
    await saveScreenshot(page, 'map-overview-panned');
    await page.close();
  });

  it('fits every role and stance pair on its card, near and far, in English and Swedish', async () => {
    const page = await app.openApp();
    const people = STAKEHOLDER_ROLES.length * STAKEHOLDER_STANCES.length;
    /** Cards whose chips run past the chip row's right end or below the card, or whose influence and interest run past the card. */
    const spilling = () =>
      page.locator('.stakeholder-card').evaluateAll((cards) =>
        cards.flatMap((card) => {
          const row = card.querySelector('.card-chips')?.getBoundingClientRect();
          const chips = [...card.querySelectorAll('.role-chip, .stance-chip')].map((chip) => chip.getBoundingClientRect());
          const meta = [...card.querySelectorAll('.card-meta > *')].map((part) => part.getBoundingClientRect());
          const box = card.getBoundingClientRect();
          const spills = !row || chips.some((chip) => chip.right > row.right + 0.5 || chip.bottom > box.bottom + 0.5) || meta.some((part) => part.right > box.right + 0.5);
          return spills ? [card.textContent ?? ''] : [];
        }),
      );
    for (const language of ['en', 'sv'] as const) {
      await page.getByRole('combobox', { name: /^(Language|Språk)$/ }).selectOption(language);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
      // Another deal first, so the pairs open fitted again (not at the zoom the last round left).
      await page.locator('[data-deal-id="meridian-tms"] .deal-row').click();
      await expect.poll(() => page.locator('.react-flow__node-stakeholder').count()).toBe(27);
      await openDeal(page, PAIRS.id, PAIRS.name, people);
      const map = page.locator('.react-flow');
      await expectClass(map, 'map-far');
      expect(await spilling()).toEqual([]);
      await saveScreenshot(page, `map-every-pair-far-${language}`);
      const zoomIn = page.locator('.react-flow__controls-zoomin');
      for (let step = 0; step < 12 && (await map.getAttribute('class'))?.includes('map-far'); step += 1) await zoomIn.click();
      await expectClass(map, 'map-far', false);
      await expect.poll(() => page.locator('.card-title').count()).toBe(people);
      expect(await spilling()).toEqual([]);
      await saveScreenshot(page, `map-every-pair-near-${language}`);
    }
    await page.close();
  });
});
