import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newDeal } from '../../shared/model/new-deal';
import { dealJsonSchemaText } from '../../shared/schema/deal-json-schema';

describe('committed JSON Schema', () => {
  it('matches the zod schemas (run `npm run schema` after changing them)', () => {
    const committed = readFileSync(
      fileURLToPath(new URL('../../shared/schema/deal.schema.json', import.meta.url)),
      'utf8',
    );
    expect(committed).toBe(dealJsonSchemaText());
  });

  it('describes the v1 fields and their vocabularies', () => {
    const schema = JSON.parse(dealJsonSchemaText());
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'name', 'account', 'status', 'stakeholders', 'revision']),
    );
    const stakeholder = schema.properties.stakeholders.items;
    expect(stakeholder.properties.role.enum).toContain('decision-maker');
    expect(stakeholder.properties.influence).toMatchObject({ minimum: 1, maximum: 5 });
  });

  it('describes version 2: the new fields optional, with their defaults, and every key a new deal has', () => {
    const schema = JSON.parse(dealJsonSchemaText());
    expect(schema.title).toBe('Dealmap deal file, version 2');
    expect(schema.properties.schemaVersion).toEqual({ type: 'number', const: 2 });
    const written = newDeal({ id: 'acme', name: 'Acme', account: 'Acme AB', updatedAt: '2026-11-20T10:00:00.000Z' });
    expect(Object.keys(written).filter((key) => !(key in schema.properties))).toEqual([]);
    expect(schema.required.filter((key: string) => !(key in written))).toEqual([]);
    for (const key of ['lens', 'pain', 'metrics', 'budget', 'timeframe', 'decisionCriteria', 'decisionProcess', 'paperProcess', 'competition']) {
      expect(schema.required).not.toContain(key);
    }
    expect(schema.properties.lens.enum).toEqual(['qualified-prospect', 'bant', 'meddpicc']);
    expect(schema.properties.budget.default).toEqual({ amount: null, confirmedBy: null, note: '' });
    expect(schema.properties.competition.items.properties.kind.enum).toEqual(['vendor', 'in-house', 'do-nothing']);
    const championTest = schema.properties.stakeholders.items.properties.championTest;
    expect(championTest.required).toEqual(['power', 'influence']);
  });
});
