// The deal schemas compiled ahead of time by zod (z.compile): a valid deal takes generated code, anything else zod's own parser.
import { z } from 'zod';
import { dealSchema } from './deal-schema';
import { dealSchemaV1 } from './deal-schema-v1';

export interface DealSchemas {
  readonly v1: typeof dealSchemaV1;
  readonly v2: typeof dealSchema;
}

let compiled: DealSchemas | null = null;

/**
 * The deal schemas as validation uses them. Where code may be generated (Node, the CLI, worker
 * threads), z.compile's clones: a deal file is validated about twice as fast, and anything the
 * generated code does not accept falls back to the runtime parser, so the issues are the same.
 * Under a CSP without eval (the app's page) zod says eval is not allowed and the schemas stay as
 * they are. Compiled on first use, not at import: a page that never validates pays nothing.
 */
export function dealSchemas(): DealSchemas {
  if (compiled === null) {
    compiled = z.util.allowsEval.value ? { v1: z.compile(dealSchemaV1), v2: z.compile(dealSchema) } : { v1: dealSchemaV1, v2: dealSchema };
  }
  return compiled;
}
