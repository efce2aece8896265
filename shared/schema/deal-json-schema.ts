// The committed JSON Schema of the deal file, derived from the zod schemas.
import { z } from 'zod';
import { dealSchema } from '../model/deal-schema';

/** The JSON Schema text as committed: two-space indented, ending with a newline. */
export function dealJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(dealSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://dealmap.app/schema/deal.schema.json',
    title: 'Dealmap deal file, version 1',
    description:
      'One deal per file at deals/<id>.json. Cross-field rules (unique ids, relations between two different stakeholders of the deal, strength on influences relations) are checked by the app.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
