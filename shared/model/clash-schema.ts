// A merge clash kept in the deal file: the same field changed to two values by two people, until someone picks one.
import { z } from 'zod';

/** One side of a clash: the value (absent: the field was removed), who set it and when. */
export const clashSideSchema = z
  .object({
    value: z.unknown().optional(),
    by: z.string(),
    at: z.string(),
  })
  .loose();

export const clashSchema = z
  .object({
    id: z.string().min(1).max(64),
    /** Keys from the deal down to the field; an item of a list with ids is named by its id. */
    path: z.array(z.string()),
    /** The field in words, e.g. "Eva Berg: stance". */
    label: z.string(),
    /** The value now in the field. */
    current: clashSideSchema,
    /** The other value, kept here until someone picks one. */
    other: clashSideSchema,
  })
  .loose();

export type Clash = z.infer<typeof clashSchema>;
export type ClashSide = z.infer<typeof clashSideSchema>;
