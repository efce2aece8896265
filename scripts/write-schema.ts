// Regenerates shared/schema/deal.schema.json from the zod schemas (`npm run schema`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dealJsonSchemaText } from '../shared/schema/deal-json-schema';

const target = fileURLToPath(new URL('../shared/schema/deal.schema.json', import.meta.url));
writeFileSync(target, dealJsonSchemaText());
console.log(`wrote ${target}`);
