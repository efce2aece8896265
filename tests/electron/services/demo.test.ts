// The demo workspace: valid files, every engine gap code and each lens's gaps shown, the stages a new user should see, never reseeded.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemoWorkspace } from '../../../electron/services/demo/seed-demo-workspace';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { GAP_CODES, LENS_GAP_CODES } from '../../../shared/engine/types';
import { LENSES, scoreLens } from '../../../shared/lenses';
import { LENS_IDS } from '../../../shared/model/vocabulary';
import { validateDeal } from '../../../shared/model/validation';
import { makeTempWorkspace, useTempWorkspace } from '../../support/temp-workspace';
import { listWorkspaceDeals } from '../../../electron/services/list-deals';

const SEEDED_AT = new Date(2026, 2, 10, 9, 0, 0);
/** The engine's own codes; the lens codes (one per criterion of each lens) are shown per lens. */
const ENGINE_GAP_CODES = GAP_CODES.filter((code) => !(LENS_GAP_CODES as readonly string[]).includes(code));
const AS_OF = '2026-03-10';
const workspace = useTempWorkspace();

describe('seedDemoWorkspace', () => {
  it('writes valid deal files named after their ids, without layout', async () => {
    const result = await seedDemoWorkspace(workspace(), { now: () => SEEDED_AT });
    expect(result.seeded).toBe(true);
    const files = (await readdir(join(workspace(), 'deals'))).sort();
    expect(files).toEqual(result.dealIds.map((id) => `${id}.json`).sort());
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const validation = validateDeal(JSON.parse(await readFile(join(workspace(), 'deals', file), 'utf8')));
      if (!validation.ok) throw new Error(`${file}: ${JSON.stringify(validation.issues)}`);
      expect(`${validation.deal.id}.json`).toBe(file);
      expect(validation.deal.layout).toBeUndefined();
      expect(validation.deal.stakeholders.length).toBeGreaterThanOrEqual(4);
    }
    expect(await readdir(workspace())).toEqual(['deals']);
  });

  it('together shows every gap code, a qualified deal, a customer and a first deal worth opening', async () => {
    await seedDemoWorkspace(workspace(), { now: () => SEEDED_AT });
    const { deals, problems } = await listWorkspaceDeals(workspace());
    expect(problems).toEqual([]);
    const qualifications = deals.map((deal) => qualifyDeal(deal, { asOf: AS_OF }));
    const codes = new Set(qualifications.flatMap((q) => q.gaps.map((gap) => gap.code)));
    expect(ENGINE_GAP_CODES.filter((code) => !codes.has(code))).toEqual([]);
    // Each lens a demo deal is read through shows at least one missing criterion as a gap.
    for (const lens of LENS_IDS) expect([...codes].some((code) => code.startsWith(`${lens}-`))).toBe(true);
    const stages = new Set(qualifications.map((q) => q.stage));
    expect(stages).toContain('qualified');
    expect(stages).toContain('customer');
    expect(new Set(deals.map((deal) => deal.currency)).size).toBeGreaterThanOrEqual(6);

    const first = deals[0];
    const firstGaps = qualifications[0]?.gaps ?? [];
    expect(first?.status).toBe('open');
    expect(first?.stakeholders.some((stakeholder) => stakeholder.stance === 'saboteur')).toBe(true);
    expect(firstGaps.length).toBeGreaterThanOrEqual(3);
  });

  it('fills the v2 fields so every lens shows criteria both validated and not, on deals of both lenses', async () => {
    await seedDemoWorkspace(workspace(), { now: () => SEEDED_AT });
    const files = await readdir(join(workspace(), 'deals'));
    for (const file of files) {
      const text = await readFile(join(workspace(), 'deals', file), 'utf8');
      expect(JSON.parse(text)).toMatchObject({ schemaVersion: 2 });
    }
    const { deals } = await listWorkspaceDeals(workspace());
    expect(new Set(deals.map((deal) => deal.lens))).toEqual(new Set([undefined, 'bant', 'meddpicc']));
    expect(deals.some((deal) => deal.competition.some((competitor) => competitor.kind === 'do-nothing'))).toBe(true);
    const confirmedMetricAndChampion = deals.filter(
      (deal) =>
        deal.metrics.some((metric) => metric.confirmedBy !== null) &&
        deal.stakeholders.some((person) => person.championTest?.power && person.championTest.influence),
    );
    expect(confirmedMetricAndChampion.length).toBeGreaterThanOrEqual(1);

    for (const lens of LENS_IDS) {
      const scorecards = deals.map((deal) => scoreLens(deal, lens, { asOf: AS_OF }));
      for (const { code } of LENSES[lens].criteria) {
        const statuses = new Set(scorecards.map((card) => card.criteria.find((c) => c.code === code)?.status));
        expect({ lens, code, validated: statuses.has('validated'), other: statuses.size > 1 }).toEqual({
          lens,
          code,
          validated: true,
          other: true,
        });
      }
    }
    const weakestOfOwnLens = deals
      .filter((deal) => deal.lens !== undefined)
      .map((deal) => scoreLens(deal, deal.lens ?? 'qualified-prospect', { asOf: AS_OF }).weakestLink);
    expect(weakestOfOwnLens).toContain(null);
    expect(weakestOfOwnLens.some((link) => link !== null)).toBe(true);
  });

  it('keeps contact dates relative to the seeding day, so staleness means the same whenever seeded', async () => {
    const later = new Date(2031, 6, 1, 12, 0, 0);
    await seedDemoWorkspace(workspace(), { now: () => later });
    const { deals } = await listWorkspaceDeals(workspace());
    const codes = new Set(deals.flatMap((deal) => qualifyDeal(deal, { asOf: '2031-07-01' }).gaps.map((g) => g.code)));
    expect(ENGINE_GAP_CODES.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('never seeds over an existing deals/ folder, even an empty one', async () => {
    await seedDemoWorkspace(workspace(), { now: () => SEEDED_AT });
    const path = join(workspace(), 'deals', 'northwind-erp.json');
    await writeFile(path, 'edited by the user');
    expect(await seedDemoWorkspace(workspace())).toEqual({ seeded: false, dealIds: [] });
    expect(await readFile(path, 'utf8')).toBe('edited by the user');

    const other = await makeTempWorkspace();
    await rm(other, { recursive: true });
    await seedDemoWorkspace(join(other, 'nested'));
    expect((await readdir(join(other, 'nested', 'deals'))).length).toBeGreaterThanOrEqual(6);
    await rm(other, { recursive: true, force: true });
  });
});
