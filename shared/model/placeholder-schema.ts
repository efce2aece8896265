// A placeholder mark: a value a move wrote where only the customer can answer, until a person replaces it.
import { z } from 'zod';

/**
 * `path` names the field (`budget.amount`, `metrics[m1].text`, `stakeholders[eva].championTest.personalStake`);
 * `value` is what the move wrote there. The mark holds while the field still has that value: a
 * person typing another value ends it, and confirming keeps the value and drops the mark.
 */
export const placeholderSchema = z
  .object({
    path: z.string({ error: 'expected a field path such as budget.amount' }).min(1, { error: 'expected a field path such as budget.amount' }),
    value: z.union([z.string(), z.number(), z.null()], { error: 'expected the text, number or null the move wrote' }),
  })
  .loose();

export type Placeholder = z.infer<typeof placeholderSchema>;
