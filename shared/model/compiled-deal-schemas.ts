// The deal schemas compiled ahead of time by zod (z.compile): a valid deal takes generated code, anything else zod's own parser.
import { compiledWhereAllowed } from './compiled-schema';
import { dealSchema } from './deal-schema';
import { dealSchemaV1 } from './deal-schema-v1';

export interface DealSchemas {
  readonly v1: typeof dealSchemaV1;
  readonly v2: typeof dealSchema;
}

const v1 = compiledWhereAllowed(dealSchemaV1);
const v2 = compiledWhereAllowed(dealSchema);

/**
 * The deal schemas as validation uses them: in Node, the CLI and worker threads a deal file is
 * validated in about half the CPU, with the same deals and the same issues (see compiledWhereAllowed).
 */
export function dealSchemas(): DealSchemas {
  return { v1: v1(), v2: v2() };
}
