// Zod schemas of the deal file, version 1: the single source of truth for the format.
import { z } from 'zod';
import {
  BENEFIT_KINDS,
  DEAL_STATUSES,
  INTEREST_LEVELS,
  STAKEHOLDER_ROLES,
  STAKEHOLDER_STANCES,
} from './vocabulary';

export const DEAL_SCHEMA_VERSION = 1;

const ID_PATTERN = /^[a-z0-9-]{1,64}$/;

/** A deal's id, also its file name: 1 to 64 of lowercase letters, digits and hyphens. */
export const dealIdSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'expected 1 to 64 characters of a-z, 0-9 and -' });

const itemIdSchema = z.string().min(1, { error: 'expected a non-empty id' }).max(64);
const nonEmpty = z.string().trim().min(1, { error: 'expected a non-empty text' });
const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });

export const stakeholderSchema = z
  .object({
    id: itemIdSchema,
    name: nonEmpty,
    title: z.string().optional(),
    role: z.enum(STAKEHOLDER_ROLES, { error: `expected one of ${STAKEHOLDER_ROLES.join(', ')}` }),
    stance: z.enum(STAKEHOLDER_STANCES, {
      error: `expected one of ${STAKEHOLDER_STANCES.join(', ')}`,
    }),
    influence: z
      .number({ error: 'expected an integer from 1 to 5' })
      .int({ error: 'expected an integer from 1 to 5' })
      .min(1, { error: 'expected an integer from 1 to 5' })
      .max(5, { error: 'expected an integer from 1 to 5' }),
    interest: z.enum(INTEREST_LEVELS, { error: `expected one of ${INTEREST_LEVELS.join(', ')}` }),
    lastContact: isoDate.nullable().optional(),
    coveredBy: z.string().optional(),
    notes: z.string().optional(),
  })
  .loose();

const strengthSchema = z
  .number({ error: 'expected an integer from 1 to 3' })
  .int({ error: 'expected an integer from 1 to 3' })
  .min(1, { error: 'expected an integer from 1 to 3' })
  .max(3, { error: 'expected an integer from 1 to 3' });

export const relationSchema = z
  .object({
    id: itemIdSchema,
    from: itemIdSchema,
    to: itemIdSchema,
    kind: z.enum(['reports-to', 'influences'], { error: 'expected reports-to or influences' }),
    strength: strengthSchema.optional(),
  })
  .loose();

export const benefitSchema = z
  .object({
    kind: z.enum(BENEFIT_KINDS, { error: `expected one of ${BENEFIT_KINDS.join(', ')}` }),
    text: z.string(),
  })
  .loose();

const savingSchema = z.number({ error: 'expected a number >= 0 or null' }).min(0).nullable();

export const valueCaseSchema = z
  .object({
    benefits: z.array(benefitSchema),
    savings: z.object({ frontEnd: savingSchema, backEnd: savingSchema }).loose(),
  })
  .loose();

export const referralSchema = z
  .object({ name: nonEmpty, contact: z.string().optional(), note: z.string().optional() })
  .loose();

export const positionSchema = z.object({ x: z.number(), y: z.number() }).loose();

const dealObjectSchema = z
  .object({
    schemaVersion: z.literal(DEAL_SCHEMA_VERSION, { error: 'expected 1' }),
    id: dealIdSchema,
    name: nonEmpty,
    account: nonEmpty,
    owner: z.string().optional(),
    amount: z.number({ error: 'expected a number >= 0' }).min(0, { error: 'expected a number >= 0' }).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'expected a three-letter ISO 4217 code such as SEK' })
      .optional(),
    closeDate: isoDate.nullable().optional(),
    status: z.enum(DEAL_STATUSES, { error: 'expected open, won or lost' }),
    need: z.object({ confirmed: z.boolean(), summary: z.string() }).loose(),
    valueCase: valueCaseSchema,
    stakeholders: z.array(stakeholderSchema),
    relations: z.array(relationSchema),
    referrals: z.array(referralSchema),
    layout: z.record(z.string(), positionSchema).optional(),
    revision: z
      .number({ error: 'expected an integer >= 1' })
      .int({ error: 'expected an integer >= 1' })
      .min(1, { error: 'expected an integer >= 1' }),
    updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO 8601 timestamp' }),
  })
  .loose();

/** Rules across fields: unique ids, relations between two different stakeholders of this deal. */
export const dealSchema = dealObjectSchema.superRefine((deal, ctx) => {
  const stakeholderIds = new Set<string>();
  deal.stakeholders.forEach((stakeholder, index) => {
    if (stakeholderIds.has(stakeholder.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['stakeholders', index, 'id'],
        message: `duplicate stakeholder id "${stakeholder.id}"`,
      });
    }
    stakeholderIds.add(stakeholder.id);
  });
  const relationIds = new Set<string>();
  deal.relations.forEach((relation, index) => {
    if (relationIds.has(relation.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['relations', index, 'id'],
        message: `duplicate relation id "${relation.id}"`,
      });
    }
    relationIds.add(relation.id);
    for (const end of ['from', 'to'] as const) {
      if (!stakeholderIds.has(relation[end])) {
        ctx.addIssue({
          code: 'custom',
          path: ['relations', index, end],
          message: `expected the id of a stakeholder of this deal, got "${relation[end]}"`,
        });
      }
    }
    if (relation.from === relation.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['relations', index, 'to'],
        message: 'a relation must join two different stakeholders',
      });
    }
    if (relation.kind === 'influences' && relation.strength === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['relations', index, 'strength'],
        message: 'expected an integer from 1 to 3 for an influences relation',
      });
    }
  });
});

export type Deal = z.infer<typeof dealSchema>;
export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Benefit = z.infer<typeof benefitSchema>;
export type ValueCase = z.infer<typeof valueCaseSchema>;
export type Referral = z.infer<typeof referralSchema>;
export type Position = z.infer<typeof positionSchema>;
