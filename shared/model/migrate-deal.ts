// Lifts a deal file v1 to version 2 in memory: the new fields get their defaults, nothing is dropped.
import type { z } from 'zod';
import { DEAL_SCHEMA_VERSION, dealSchema, type Deal } from './deal-schema';
import type { DealV1 } from './deal-schema-v1';

/**
 * The v2 reading of a valid v1 deal, or the v2 rules it breaks: a v1 file may carry, as a field v1
 * did not know, a v2 field name with a value v2 does not accept. Paths are those of the file.
 */
export function tryMigrateDeal(deal: DealV1): z.ZodSafeParseResult<Deal> {
  // Every v1 field keeps its meaning, and unknown fields stay at every level (all objects are loose).
  return dealSchema.safeParse({ ...deal, schemaVersion: DEAL_SCHEMA_VERSION });
}

/** Like tryMigrateDeal, but throws the ZodError when the v1 deal's extra fields break v2. */
export function migrateDeal(deal: DealV1): Deal {
  const result = tryMigrateDeal(deal);
  if (!result.success) throw result.error;
  return result.data;
}
