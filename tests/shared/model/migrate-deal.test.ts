// Reading v1 files: checked with the v1 rules, migrated to v2 in memory, nothing dropped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { emptyQualificationFields, type Deal } from '../../../shared/model/deal-schema';
import { dealSchemaV1, type DealV1 } from '../../../shared/model/deal-schema-v1';
import { migrateDeal } from '../../../shared/model/migrate-deal';
import { SUPPORTED_DEAL_SCHEMA_VERSIONS, validateDeal } from '../../../shared/model/validation';
import { buildHealthyDeal } from '../../support/deal-builder';

const V1_FIXTURES = fileURLToPath(new URL('../../fixtures/deals', import.meta.url));
const V2_FIXTURES = fileURLToPath(new URL('../../fixtures/deals-v2', import.meta.url));
const NEW_FIELDS = Object.keys(emptyQualificationFields());

/** The v1 file a v2 deal would have been: version 1, no v2 fields, no champion tests. */
function asV1(deal: Deal): Record<string, unknown> {
  const dropped = new Set([...NEW_FIELDS, 'lens']);
  return {
    ...Object.fromEntries(Object.entries(deal).filter(([key]) => !dropped.has(key))),
    schemaVersion: 1,
    stakeholders: deal.stakeholders.map(({ championTest: _test, ...person }) => person),
  };
}

function readJson(folder: string, name: string): unknown {
  return JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown;
}

function v1Fixtures(): { name: string; text: string }[] {
  return readdirSync(V1_FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, text: readFileSync(join(V1_FIXTURES, name), 'utf8') }));
}

describe('migrateDeal', () => {
  it.each(v1Fixtures())('reads the v1 fixture $name as before, migrated when valid', ({ name, text }) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      // The cut-off fixture is no JSON at all: the file reader reports it before any version matters.
      expect(name).toBe('sakura-store-analytics.json');
      return;
    }
    expect(raw).toMatchObject({ schemaVersion: 1 });
    const v1 = dealSchemaV1.safeParse(raw);
    const read = validateDeal(raw);
    if (!v1.success) {
      // Broken v1 files are reported with the v1 rules, paths as in the file.
      expect(read).toMatchObject({ ok: false, issues: [{ path: 'stakeholders[2].influence', message: 'expected an integer from 1 to 5' }] });
      return;
    }
    const migrated = migrateDeal(v1.data);
    expect(read).toEqual({ ok: true, deal: migrated });
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated).toEqual({ ...v1.data, schemaVersion: 2, ...emptyQualificationFields() });
    expect('lens' in migrated).toBe(false);
    expect(validateDeal(migrated)).toEqual({ ok: true, deal: migrated });
  });

  it('covers every fixture folder entry, and at least one valid v1 deal', () => {
    const valid = v1Fixtures().filter(({ text }) => {
      try {
        return dealSchemaV1.safeParse(JSON.parse(text)).success;
      } catch {
        return false;
      }
    });
    expect(valid.map(({ name }) => name)).toEqual(['northwind-erp.json']);
  });

  it('gives back each demo deal from its v1 file, the v2 fields empty', () => {
    const demo = buildDemoDeals({ today: '2026-03-10', updatedAt: '2026-03-10T08:00:00.000Z' });
    expect(demo).toHaveLength(10);
    for (const deal of demo) {
      const v1 = dealSchemaV1.parse(asV1(deal));
      const migrated = migrateDeal(v1);
      expect(migrated).toEqual({
        ...asV1(deal),
        schemaVersion: 2,
        ...emptyQualificationFields(),
      });
      expect(validateDeal(asV1(deal))).toEqual({ ok: true, deal: migrated });
    }
  });

  it('keeps fields v1 did not know at every level', () => {
    const healthy = asV1(buildHealthyDeal({ layout: { eva: { x: 1, y: 2 } } })) as DealV1;
    const raw = {
      ...healthy,
      crmId: 'SF-1',
      need: { ...healthy.need, source: 'discovery call' },
      valueCase: {
        ...healthy.valueCase,
        currencyNote: 'SEK',
        benefits: healthy.valueCase.benefits.map((benefit) => ({ ...benefit, rank: 1 })),
        savings: { ...healthy.valueCase.savings, period: 'yearly' },
      },
      stakeholders: healthy.stakeholders.map((person) => ({ ...person, linkedIn: `https://example.com/${person.id}` })),
      relations: healthy.relations.map((relation) => ({ ...relation, since: '2025' })),
      referrals: [{ name: 'Contoso AB', crmId: 'SF-2' }],
      layout: { eva: { x: 1, y: 2, pinned: true } },
    };
    const read = validateDeal(raw);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.deal).toEqual({ ...raw, schemaVersion: 2, ...emptyQualificationFields() });
  });

  it('keeps a v2 field a v1 file already carried, and reports it with its path when v2 refuses it', () => {
    const v1 = asV1(buildHealthyDeal());
    const withBudget = validateDeal({ ...v1, budget: { amount: 100 } });
    expect(withBudget.ok && withBudget.deal.budget).toEqual({ amount: 100, confirmedBy: null, note: '' });
    expect(validateDeal({ ...v1, budget: 'big' })).toMatchObject({
      ok: false,
      issues: [{ path: 'budget', message: 'Invalid input: expected object, received string' }],
    });
    expect(() => migrateDeal(dealSchemaV1.parse({ ...v1, budget: 'big' }))).toThrow();
  });

  it('never changes the v1 deal it is given', () => {
    const v1 = dealSchemaV1.parse(asV1(buildHealthyDeal()));
    const before = structuredClone(v1);
    migrateDeal(v1);
    expect(v1).toEqual(before);
  });
});

describe('validateDeal across versions', () => {
  it('reads versions 1 and 2', () => {
    expect(SUPPORTED_DEAL_SCHEMA_VERSIONS).toEqual([1, 2]);
    const v2 = readJson(V2_FIXTURES, 'northwind-erp.json');
    const read = validateDeal(v2);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.deal).toEqual(v2);
  });

  it('checks a v1 file with the v1 rules: v1 had no champion test, so it is an unknown field there', () => {
    const v1 = asV1(buildHealthyDeal());
    const stakeholders = (v1.stakeholders as Record<string, unknown>[]).map((person) => ({ ...person, championTest: 'yes' }));
    const read = validateDeal({ ...v1, stakeholders });
    // v2 rules then apply to the migrated deal, with the file's paths.
    expect(read).toMatchObject({
      ok: false,
      issues: [
        { path: 'stakeholders[0].championTest', message: 'Invalid input: expected object, received string' },
        { path: 'stakeholders[1].championTest', message: 'Invalid input: expected object, received string' },
      ],
    });
  });

  it.each([
    ['an unknown version', 0],
    ['a version as text', '2'],
    ['no version', undefined],
  ])('names schemaVersion and the versions it reads for %s', (_case, version) => {
    const raw: Record<string, unknown> = { ...buildHealthyDeal(), schemaVersion: version };
    if (version === undefined) delete raw.schemaVersion;
    expect(validateDeal(raw)).toMatchObject({
      ok: false,
      issues: [{ path: 'schemaVersion', message: 'expected 1 or 2, the deal file versions this Dealmap reads' }],
    });
  });

  it('reports the rest of a file with an unknown version too, against the v2 rules', () => {
    const raw = { ...buildHealthyDeal(), schemaVersion: 7, amount: -1 };
    const read = validateDeal(raw);
    expect(read.ok ? [] : read.issues.map((issue) => issue.path)).toEqual(['schemaVersion', 'amount']);
  });
});
