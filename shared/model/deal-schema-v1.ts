// The deal file, version 1, frozen: kept to read older files, which migrateDeal then lifts to version 2.
import { z } from 'zod';
import {
  checkBuyingCenter,
  dealDetailsShape,
  dealTailShape,
  needSchema,
  stakeholderV1Schema,
  valueCaseSchema,
} from './deal-schema-common';

export const DEAL_SCHEMA_VERSION_V1 = 1;

/** A v1 file as written: no qualification fields, stakeholders without a champion test. */
export const dealSchemaV1 = z
  .object({
    schemaVersion: z.literal(DEAL_SCHEMA_VERSION_V1, { error: 'expected 1' }),
    ...dealDetailsShape,
    need: needSchema,
    valueCase: valueCaseSchema,
    stakeholders: z.array(stakeholderV1Schema),
    ...dealTailShape,
  })
  .loose()
  .superRefine((deal, ctx) => {
    checkBuyingCenter(deal, ctx);
  });

export type DealV1 = z.infer<typeof dealSchemaV1>;
export type StakeholderV1 = z.infer<typeof stakeholderV1Schema>;
