// createDeal: ids from names, unique without overwriting, a new open deal at revision 1.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateDealId, slugifyDealName } from '../../../electron/services/deal-id';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { validateDeal } from '../../../shared/model/validation';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const NOW = new Date('2026-12-01T08:30:00.000Z');
const workspace = useTempWorkspace();

describe('slugifyDealName', () => {
  it.each([
    ['ERP replacement', 'erp-replacement'],
    ['Årsbokslut för Öresund Kraft', 'arsbokslut-for-oresund-kraft'],
    ['Müller & Søn: Straße 2027!', 'muller-son-strasse-2027'],
    ['  --Café  Crème--  ', 'cafe-creme'],
    ['東京 倉庫', ''],
  ])('%s -> %s', (name, slug) => {
    expect(slugifyDealName(name)).toBe(slug);
  });

  it('keeps ids within 64 characters, suffix included', () => {
    const slug = slugifyDealName('x'.repeat(100));
    expect(slug).toHaveLength(64);
    expect(candidateDealId(slug, 12)).toHaveLength(64);
    expect(candidateDealId(slug, 12).endsWith('-12')).toBe(true);
    expect(candidateDealId('', 1)).toBe('deal');
  });
});

describe('createDeal', () => {
  it('writes a new open deal at revision 1 that validates', async () => {
    const deal = await createDealmapServices({ workspace: workspace(), now: () => NOW }).createDeal({
      name: ' Årlig licens ',
      account: 'Öresund Kraft AB',
    });
    expect(deal).toEqual({
      schemaVersion: 2,
      id: 'arlig-licens',
      name: 'Årlig licens',
      account: 'Öresund Kraft AB',
      status: 'open',
      need: { confirmed: false, summary: '' },
      pain: { text: '', confirmedBy: null },
      valueCase: { benefits: [], savings: { frontEnd: null, backEnd: null } },
      metrics: [],
      budget: { amount: null, confirmedBy: null, note: '' },
      timeframe: { event: '', date: null, confirmedBy: null },
      decisionCriteria: [],
      decisionProcess: { steps: [], confirmedBy: null },
      paperProcess: { steps: [], confirmedBy: null },
      competition: [],
      stakeholders: [],
      relations: [],
      referrals: [],
      revision: 1,
      updatedAt: NOW.toISOString(),
    });
    const onDisk: unknown = JSON.parse(await readFile(join(workspace(), 'deals', 'arlig-licens.json'), 'utf8'));
    expect(validateDeal(onDisk)).toEqual({ ok: true, deal });
  });

  it('never overwrites: a taken id, even by an unreadable file, gets -2, -3', async () => {
    await putDealFile(workspace(), 'erp-replacement.json', 'damaged by hand');
    const services = createDealmapServices({ workspace: workspace(), now: () => NOW });
    const [second, third] = await Promise.all([
      services.createDeal({ name: 'ERP replacement', account: 'A' }),
      services.createDeal({ name: 'ERP replacement', account: 'B' }),
    ]);
    expect([second.id, third.id].sort()).toEqual(['erp-replacement-2', 'erp-replacement-3']);
    expect(await readFile(join(workspace(), 'deals', 'erp-replacement.json'), 'utf8')).toBe('damaged by hand');
  });

  it('names a deal with no Latin letters "deal"', async () => {
    const deal = await createDealmapServices({ workspace: workspace() }).createDeal({ name: '東京 倉庫', account: 'Sakura' });
    expect(deal.id).toBe('deal');
  });
});
