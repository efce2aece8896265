// Deal file v2's qualification fields (budget, pain, metrics, processes, competition, champion test).
import { z } from 'zod';
import { isoDate, itemIdSchema } from './deal-schema-common';
import { COMPETITOR_KINDS, LENS_IDS } from './vocabulary';

const text = z.string({ error: 'expected a text' });
const optionalText = text.default('');
const yesNo = z.boolean({ error: 'expected true or false' });

/** Who at the customer confirmed it: a stakeholder id of the same deal (checked across fields), or null. */
export const confirmedBySchema = z
  .string({ error: 'expected a stakeholder id or null' })
  .min(1, { error: 'expected a stakeholder id or null', abort: true })
  .max(64, { error: 'expected a stakeholder id or null', abort: true })
  .nullable()
  .default(null);

const numberOrNull = z.number({ error: 'expected a number or null' }).nullable().default(null);

export const lensIdSchema = z.enum(LENS_IDS, { error: `expected one of ${LENS_IDS.join(', ')}` });

export const championTestSchema = z
  .object({ power: yesNo, influence: yesNo, personalStake: optionalText })
  .loose();

export const budgetSchema = z
  .object({
    amount: z
      .number({ error: 'expected a number >= 0 or null' })
      .min(0, { error: 'expected a number >= 0 or null' })
      .nullable()
      .default(null),
    confirmedBy: confirmedBySchema,
    note: optionalText,
  })
  .loose();

export const timeframeSchema = z
  .object({
    event: optionalText,
    date: isoDate.nullable().default(null),
    confirmedBy: confirmedBySchema,
  })
  .loose();

export const painSchema = z.object({ text: optionalText, confirmedBy: confirmedBySchema }).loose();

export const metricSchema = z
  .object({
    id: itemIdSchema,
    text,
    baseline: numberOrNull,
    target: numberOrNull,
    unit: optionalText,
    confirmedBy: confirmedBySchema,
  })
  .loose();

export const decisionCriterionSchema = z
  .object({ id: itemIdSchema, text, confirmedBy: confirmedBySchema })
  .loose();

export const processStepSchema = z
  .object({
    id: itemIdSchema,
    text,
    date: isoDate.nullable().default(null),
    done: yesNo.default(false),
  })
  .loose();

export const dealProcessSchema = z
  .object({ steps: z.array(processStepSchema).default(() => []), confirmedBy: confirmedBySchema })
  .loose();

export const competitorSchema = z
  .object({
    id: itemIdSchema,
    name: text,
    kind: z
      .enum(COMPETITOR_KINDS, { error: `expected one of ${COMPETITOR_KINDS.join(', ')}` })
      .default('vendor'),
    note: optionalText,
  })
  .loose();

export type ChampionTest = z.infer<typeof championTestSchema>;
export type Budget = z.infer<typeof budgetSchema>;
export type Timeframe = z.infer<typeof timeframeSchema>;
export type Pain = z.infer<typeof painSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type DecisionCriterion = z.infer<typeof decisionCriterionSchema>;
export type ProcessStep = z.infer<typeof processStepSchema>;
export type DealProcess = z.infer<typeof dealProcessSchema>;
export type Competitor = z.infer<typeof competitorSchema>;

/** The v2 fields every parsed deal has, with what an absent field means. */
export interface QualificationFields {
  pain: Pain;
  budget: Budget;
  timeframe: Timeframe;
  metrics: Metric[];
  decisionCriteria: DecisionCriterion[];
  decisionProcess: DealProcess;
  paperProcess: DealProcess;
  competition: Competitor[];
}

/** The defaults of the v2 fields as new objects on every call: nothing known, nothing confirmed. */
export function emptyQualificationFields(): QualificationFields {
  return {
    pain: { text: '', confirmedBy: null },
    budget: { amount: null, confirmedBy: null, note: '' },
    timeframe: { event: '', date: null, confirmedBy: null },
    metrics: [],
    decisionCriteria: [],
    decisionProcess: { steps: [], confirmedBy: null },
    paperProcess: { steps: [], confirmedBy: null },
    competition: [],
  };
}

/** The v2 fields, each optional in the file and defaulted when absent. */
export const qualificationShape = {
  pain: painSchema.default(() => emptyQualificationFields().pain),
  budget: budgetSchema.default(() => emptyQualificationFields().budget),
  timeframe: timeframeSchema.default(() => emptyQualificationFields().timeframe),
  metrics: z.array(metricSchema).default(() => []),
  decisionCriteria: z.array(decisionCriterionSchema).default(() => []),
  decisionProcess: dealProcessSchema.default(() => emptyQualificationFields().decisionProcess),
  paperProcess: dealProcessSchema.default(() => emptyQualificationFields().paperProcess),
  competition: z.array(competitorSchema).default(() => []),
};
