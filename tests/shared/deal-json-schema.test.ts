import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
});
