import { describe, expect, it } from 'vitest';
import { buyingCenterSvg } from '../../../shared/export/map-svg';
import { qualifyDeal } from '../../../shared/engine';
import { applyAutoLayout } from '../../../shared/edits/buying-center-edits';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { generateDeals } from '../../../electron/services/generate';

const deals = [
  ...buildDemoDeals({ today: '2026-11-27', updatedAt: '2026-11-27T09:00:00.000Z' }),
  ...generateDeals({ deals: 2, seed: 7, asOf: '2026-11-27', people: 60 }),
];

describe('the exported map fits a slide', () => {
  it.each(deals.map((deal) => [deal.id, deal.stakeholders.length, deal] as const))('%s (%i people): 16:9, title, date, legend', (_, __, deal) => {
    const svg = buyingCenterSvg(deal, qualifyDeal(deal, { asOf: '2026-11-27' }), { date: '2026-11-27' });
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    const ratio = Number(width) / Number(height);
    expect(ratio).toBeGreaterThan(16 / 9 - 0.01);
    expect(ratio).toBeLessThan(16 / 9 + 0.01);
    expect(svg).toContain(escapeName(`${deal.name} — ${deal.account}`).slice(0, 20));
    expect(svg).toContain('as of 2026-11-27');
    expect(svg).toContain('influences (thicker = stronger)');
  });

  it('keeps a hand-arranged wide row on a slide too: room is added below, never wider than 2:1', () => {
    const deal = deals[0];
    if (!deal) throw new Error('no demo deal');
    const row = Object.fromEntries(deal.stakeholders.map((s, i) => [s.id, { x: i * 600, y: 0 }]));
    const wide = { ...applyAutoLayout(deal), layout: row };
    const svg = buyingCenterSvg(wide, qualifyDeal(wide, { asOf: '2026-11-27' }));
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    expect(Number(width) / Number(height)).toBeLessThanOrEqual(2);
    expect(Object.keys(autoLayout(deal))).toHaveLength(deal.stakeholders.length);
  });
});

function escapeName(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
