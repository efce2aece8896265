// The deal schemas compiled ahead of time by zod (z.compile): a valid deal takes generated code, anything else zod's own parser.
import { compiledWhereAllowed } from './compiled-schema';
import { dealSchema } from './deal-schema';
import { dealSchemaV1 } from './deal-schema-v1';

/**
 * The deal schemas as validation uses them: in Node, the CLI and worker threads a deal file is
 * validated in about half the CPU, with the same deals and the same issues (see compiledWhereAllowed).
 * Each is compiled on its first use: most workspaces hold no version 1 file.
 */
export const compiledDealSchema = compiledWhereAllowed(dealSchema);
export const compiledDealSchemaV1 = compiledWhereAllowed(dealSchemaV1);
