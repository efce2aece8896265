// The committed JSON Schema of the deal file, derived from the zod schemas.
import { z } from 'zod';
import { dealSchema } from '../model/deal-schema';

/** The JSON Schema text as committed: two-space indented, ending with a newline. */
export function dealJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(dealSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://dealmap.app/schema/deal.schema.json',
    title: 'Dealmap deal file, version 2',
    description:
      'One deal per file at deals/<id>.json. Dealmap also reads version 1 files and migrates them in memory; the next save writes version 2. Cross-field rules (unique ids, relations between two different stakeholders of the deal, strength on influences relations, every confirmedBy naming a stakeholder of the deal) are checked by the app.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
