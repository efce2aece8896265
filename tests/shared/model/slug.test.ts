// The one slug: Nordic letters transliterated, one table for deal ids, item ids, export names and import headers.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { slugifyDealName } from '../../../electron/services/deal-id';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { generateDeals } from '../../../electron/services/generate';
import { uniqueStakeholderId } from '../../../shared/edits/item-ids';
import { exportSlug } from '../../../shared/export/export-names';
import { headerKey } from '../../../shared/import/header-names';
import { slugify } from '../../../shared/model/slug';

describe('slugify', () => {
  it('transliterates Nordic and German letters', () => {
    expect(slugify('Søren')).toBe('soren');
    expect(slugify('Åsa')).toBe('asa');
    expect(slugify('Ægir')).toBe('aegir');
    expect(slugify('Straße')).toBe('strasse');
    expect(slugify('Þóra Guðmundsdóttir')).toBe('thora-gudmundsdottir');
    expect(slugify('  Öresund & Co.  ')).toBe('oresund-co');
  });

  it('cuts at the length asked, never leaving a hyphen at either end', () => {
    expect(slugify('abc def', 4)).toBe('abc');
    expect(slugify('--', 10)).toBe('');
  });

  it('is the slug of deal ids, stakeholder ids, export names and import headers alike', () => {
    const name = 'Søren Ægir Østergaard';
    expect(slugifyDealName(name)).toBe('soren-aegir-ostergaard');
    expect(uniqueStakeholderId(name, [])).toBe('soren-aegir-ostergaard');
    expect(exportSlug(name)).toBe('soren-aegir-ostergaard');
    expect(headerKey(name)).toBe('sorenaegirostergaard');
  });

  it('keeps the ids of generated deals and their stakeholders as they were before the slugs were one', () => {
    const deals = generateDeals({ deals: 3000, seed: 2026, asOf: '2026-11-27' });
    const ids = deals.map((deal) => `${deal.id}:${deal.stakeholders.map((stakeholder) => stakeholder.id).join(',')}`).join('\n');
    expect(deals[0]?.id).toBe('zenith-agri-data-platform-pilot-0001');
    expect(ids).toContain('soren-thomsen');
    // Computed with the generator's own slug before this change.
    expect(createHash('sha256').update(ids).digest('hex')).toBe('73a78bea15c8660f6a21c7373e173c74de287934577aab781577d36dc69a1dba');
  });

  it('leaves the demo deals and their stakeholders with the ids they have, each already its own slug', () => {
    const demo = buildDemoDeals({ today: '2026-11-27', updatedAt: '2026-11-27T09:00:00.000Z' });
    const ids = demo.flatMap((deal) => [deal.id, ...deal.stakeholders.map((stakeholder) => stakeholder.id)]);
    expect(demo.map((deal) => deal.id)).toContain('brandt-mes');
    expect(ids.filter((id) => slugify(id) !== id)).toEqual([]);
  });
});
