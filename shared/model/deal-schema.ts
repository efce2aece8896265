// Zod schemas of the deal file, version 2: the single source of truth for the format the app writes.
import { z } from 'zod';
import {
  benefitSchema,
  checkBuyingCenter,
  checkUniqueIds,
  dealDetailsShape,
  dealTailShape,
  needSchema,
  positionSchema,
  referralSchema,
  relationSchema,
  stakeholderV1Schema,
  unknownStakeholderMessage,
  valueCaseSchema,
} from './deal-schema-common';
import { dealExternalSchema, stakeholderExternalSchema } from './external-schema';
import { championTestSchema, lensIdSchema, qualificationShape } from './qualification-fields-schema';
import { placeholderSchema } from './placeholder-schema';
import { clashSchema } from './clash-schema';
import { FORECAST_CATEGORIES } from './vocabulary';

export {
  benefitSchema,
  dealIdSchema,
  positionSchema,
  referralSchema,
  relationSchema,
  valueCaseSchema,
} from './deal-schema-common';
export {
  budgetSchema,
  championTestSchema,
  competitorSchema,
  dealProcessSchema,
  decisionCriterionSchema,
  emptyQualificationFields,
  metricSchema,
  painSchema,
  processStepSchema,
  timeframeSchema,
  type Budget,
  type ChampionTest,
  type Competitor,
  type DealProcess,
  type DecisionCriterion,
  type Metric,
  type Pain,
  type ProcessStep,
  type QualificationFields,
  type Timeframe,
} from './qualification-fields-schema';
export { LENS_IDS, type LensId } from './vocabulary';

export const DEAL_SCHEMA_VERSION = 2;

/** A v1 stakeholder plus the champion test (absent: nobody has run it yet) and its CRM contact, if imported. */
export const stakeholderSchema = stakeholderV1Schema.extend({
  /** The department or org branch the person belongs to ("Finance"); the map frames each one. */
  department: z.string().max(80, { error: 'expected at most 80 characters' }).optional(),
  championTest: championTestSchema.optional(),
  external: stakeholderExternalSchema.optional(),
});

const dealObjectSchema = z
  .object({
    schemaVersion: z.literal(DEAL_SCHEMA_VERSION, { error: `expected ${DEAL_SCHEMA_VERSION}` }),
    ...dealDetailsShape,
    lens: lensIdSchema.optional(),
    /** The account executive's forecast call; absent: not called yet. */
    forecastCategory: z.enum(FORECAST_CATEGORIES, { error: 'expected commit, best-case, pipeline or omitted' }).optional(),
    need: needSchema,
    pain: qualificationShape.pain,
    valueCase: valueCaseSchema,
    metrics: qualificationShape.metrics,
    budget: qualificationShape.budget,
    timeframe: qualificationShape.timeframe,
    decisionCriteria: qualificationShape.decisionCriteria,
    decisionProcess: qualificationShape.decisionProcess,
    paperProcess: qualificationShape.paperProcess,
    competition: qualificationShape.competition,
    stakeholders: z.array(stakeholderSchema),
    ...dealTailShape,
    placeholders: z.array(placeholderSchema).optional(),
    /** The CRM record the deal was imported from; absent for deals made in Dealmap. */
    external: dealExternalSchema.optional(),
    /** Fields two teammates changed to different values, until one is picked (team workspaces on git). */
    clashes: z.array(clashSchema).optional(),
  })
  .loose();

type DealObject = z.infer<typeof dealObjectSchema>;
type Path = (string | number)[];

/**
 * An issue for every `confirmedBy` naming nobody of this deal, in file order. The path is built
 * only for an issue: this runs for every deal file read, nearly always finding none.
 */
function checkConfirmations(deal: DealObject, stakeholderIds: ReadonlySet<string>, ctx: z.RefinementCtx): void {
  const check = (id: string | null | undefined, path: () => Path) => {
    if (id !== null && id !== undefined && !stakeholderIds.has(id)) ctx.addIssue({ code: 'custom', path: path(), message: unknownStakeholderMessage(id) });
  };
  check(deal.need.confirmedBy, () => ['need', 'confirmedBy']);
  check(deal.pain.confirmedBy, () => ['pain', 'confirmedBy']);
  check(deal.budget.confirmedBy, () => ['budget', 'confirmedBy']);
  check(deal.timeframe.confirmedBy, () => ['timeframe', 'confirmedBy']);
  deal.metrics.forEach((metric, index) => check(metric.confirmedBy, () => ['metrics', index, 'confirmedBy']));
  deal.decisionCriteria.forEach((criterion, index) => check(criterion.confirmedBy, () => ['decisionCriteria', index, 'confirmedBy']));
  check(deal.decisionProcess.confirmedBy, () => ['decisionProcess', 'confirmedBy']);
  check(deal.paperProcess.confirmedBy, () => ['paperProcess', 'confirmedBy']);
}

/**
 * Rules across fields: those of v1, unique ids in the v2 lists, and every `confirmedBy` naming a
 * stakeholder of this deal.
 */
export const dealSchema = dealObjectSchema.superRefine((deal, ctx) => {
  const stakeholderIds = checkBuyingCenter(deal, ctx);
  checkUniqueIds(deal.metrics, ['metrics'], 'metric', ctx);
  checkUniqueIds(deal.decisionCriteria, ['decisionCriteria'], 'decision criterion', ctx);
  checkUniqueIds(deal.decisionProcess.steps, ['decisionProcess', 'steps'], 'step', ctx);
  checkUniqueIds(deal.paperProcess.steps, ['paperProcess', 'steps'], 'step', ctx);
  checkUniqueIds(deal.competition, ['competition'], 'competitor', ctx);
  checkConfirmations(deal, stakeholderIds, ctx);
});

export type Deal = z.infer<typeof dealSchema>;
export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Benefit = z.infer<typeof benefitSchema>;
export type ValueCase = z.infer<typeof valueCaseSchema>;
export type Referral = z.infer<typeof referralSchema>;
export type Position = z.infer<typeof positionSchema>;
export type { Placeholder } from './placeholder-schema';
export type { Clash, ClashSide } from './clash-schema';
