// The compiled deal schemas answer exactly as zod's runtime parser: same deals (key order too), same issues, for valid and broken files.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compiledDealSchema, compiledDealSchemaV1 } from '../../../shared/model/compiled-deal-schemas';
import { dealSchema } from '../../../shared/model/deal-schema';
import { dealSchemaV1 } from '../../../shared/model/deal-schema-v1';
import { validateDeal } from '../../../shared/model/validation';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { generateDeals } from '../../../electron/services/generate';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Both parsers' answers, as JSON text: equal text means equal values, keys in the same order, and the same issues. */
function expectSameAnswer(schema: z.ZodType, compiled: z.ZodType, value: unknown): boolean {
  const runtime = schema.safeParse(value);
  const fast = compiled.safeParse(value);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(runtime));
  expect(fast.success).toBe(runtime.success);
  return runtime.success;
}

/** Every path to a value in a JSON document, the document itself excluded. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => {
    const child = (value as Record<string | number, Json>)[key] as Json;
    return [[...prefix, key], ...pathsOf(child, [...prefix, key])];
  });
}

/** A deep copy with the value at `path` replaced, or removed when `replacement` is undefined. */
function withValue(document: Json, path: readonly (string | number)[], replacement: Json | undefined): Json {
  const copy = JSON.parse(JSON.stringify(document)) as Json;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (replacement !== undefined) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else Reflect.deleteProperty(parent, last);
  return copy;
}

// Each kind of wrong value a hand-edited or damaged file may hold: types, ranges, blanks, dates, ids.
const BROKEN_VALUES: readonly (Json | undefined)[] = [
  undefined, null, true, 0, -1, 1.5, 6, 1e300, '', '   ', ' padded ', 'x', 'UPPER', '2026-02-30', '2026-13-01', '2026-12-01T10:00:00Z', 'a'.repeat(300), [], {},
];

describe('the compiled deal schemas', () => {
  it('are really compiled here, where zod may generate code', () => {
    expect(() => z.compile(dealSchema, { strict: true })).not.toThrow();
    expect(() => z.compile(dealSchemaV1, { strict: true })).not.toThrow();
    expect(compiledDealSchema()).not.toBe(dealSchema);
    expect(compiledDealSchemaV1()).not.toBe(dealSchemaV1);
  });

  it('read the demo and 300 generated deals exactly as the runtime parser does', () => {
    const deals = [
      ...buildDemoDeals({ today: '2026-03-10', updatedAt: '2026-03-10T08:00:00.000Z' }),
      ...generateDeals({ deals: 200, seed: 7, asOf: '2026-12-01' }),
      ...generateDeals({ deals: 100, seed: 31, asOf: '2026-06-01' }),
    ];
    // As read from a file: JSON text parsed again, unknown keys and a __proto__ key of a hand-edited file included.
    const files = deals.map((deal, index) =>
      JSON.parse(index % 7 === 0 ? JSON.stringify({ ...deal, extra: { note: 'kept' } }).replace('{"schemaVersion"', '{"__proto__":{"x":1},"schemaVersion"') : JSON.stringify(deal)),
    );
    expect(files.filter((file) => expectSameAnswer(dealSchema, compiledDealSchema(), file))).toHaveLength(deals.length);
  });

  it('give the same issues as the runtime parser for every field broken every way', () => {
    const [erp] = buildDemoDeals({ today: '2026-03-10', updatedAt: '2026-03-10T08:00:00.000Z' });
    let broken = 0;
    // The demo's richest deal with every optional part a file may have, and a generated one (departments, champion tests).
    const everything = {
      ...erp,
      external: { system: 'hubspot', id: '1234', stage: 'Negotiation' },
      stakeholders: erp?.stakeholders.map((person, index) => (index === 0 ? { ...person, external: { system: 'salesforce', id: '003A', crmRole: 'Champion', gone: true } } : person)),
      placeholders: [{ path: 'budget.amount', value: 1000 }, { path: 'pain.text', value: 'to be confirmed' }],
      clashes: [{ id: 'c1', path: ['name'], label: 'Name', current: { value: 'A', by: 'ann', at: '2026-03-01' }, other: { by: 'bo', at: '2026-03-02' } }],
      layout: { eva: { x: 1, y: 2 } },
    };
    expect(dealSchema.safeParse(everything).success).toBe(true);
    for (const deal of [everything, ...generateDeals({ deals: 1, seed: 11, asOf: '2026-12-01' })]) {
      const document = JSON.parse(JSON.stringify(deal)) as Json;
      for (const path of pathsOf(document)) {
        for (const value of BROKEN_VALUES) {
          if (!expectSameAnswer(dealSchema, compiledDealSchema(), withValue(document, path, value))) broken += 1;
        }
      }
    }
    // Most of these edits break the deal: the fallback, and its issues, were really exercised.
    expect(broken).toBeGreaterThan(1_000);
  }, 120_000);

  it('read version 1 files, valid and broken, as the runtime parser does, and validateDeal migrates them the same', () => {
    const [erp] = buildDemoDeals({ today: '2026-03-10', updatedAt: '2026-03-10T08:00:00.000Z' });
    const v2Only = new Set(['pain', 'metrics', 'budget', 'timeframe', 'decisionCriteria', 'decisionProcess', 'paperProcess', 'competition', 'placeholders']);
    const v1 = Object.fromEntries(Object.entries({ ...JSON.parse(JSON.stringify(erp)), schemaVersion: 1 } as Record<string, Json>).filter(([key]) => !v2Only.has(key)));
    expect(expectSameAnswer(dealSchemaV1, compiledDealSchemaV1(), v1)).toBe(true);
    expect(validateDeal(v1).ok).toBe(true);
    for (const path of pathsOf(v1 as Json)) {
      for (const value of [undefined, null, 'x', -1]) expectSameAnswer(dealSchemaV1, compiledDealSchemaV1(), withValue(v1 as Json, path, value));
    }
  }, 60_000);
});
