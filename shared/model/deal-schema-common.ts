// The parts of the deal file that versions 1 and 2 share: ids, dates, stakeholders, relations, value case.
import { z } from 'zod';
import {
  BENEFIT_KINDS,
  DEAL_STATUSES,
  INTEREST_LEVELS,
  STAKEHOLDER_ROLES,
  STAKEHOLDER_STANCES,
} from './vocabulary';

const ID_PATTERN = /^[a-z0-9-]{1,64}$/;

/** A deal's id, also its file name: 1 to 64 of lowercase letters, digits and hyphens. */
export const dealIdSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'expected 1 to 64 characters of a-z, 0-9 and -' });

export const itemIdSchema = z.string().min(1, { error: 'expected a non-empty id' }).max(64);
export const nonEmptyText = z.string().trim().min(1, { error: 'expected a non-empty text' });
export const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });

export const stakeholderV1Schema = z
  .object({
    id: itemIdSchema,
    name: nonEmptyText,
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
  .object({ name: nonEmptyText, contact: z.string().optional(), note: z.string().optional() })
  .loose();

export const positionSchema = z.object({ x: z.number(), y: z.number() }).loose();

/** The need; `confirmedBy` (optional) names the stakeholder who confirmed it, checked across fields in v2. */
export const needSchema = z
  .object({
    confirmed: z.boolean(),
    summary: z.string(),
    confirmedBy: z.string({ error: 'expected a stakeholder id or null' }).min(1).max(64).nullable().optional(),
  })
  .loose();

/** A deal's details, from id to status, the same in both versions. */
export const dealDetailsShape = {
  id: dealIdSchema,
  name: nonEmptyText,
  account: nonEmptyText,
  owner: z.string().optional(),
  amount: z.number({ error: 'expected a number >= 0' }).min(0, { error: 'expected a number >= 0' }).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'expected a three-letter ISO 4217 code such as SEK' })
    .optional(),
  closeDate: isoDate.nullable().optional(),
  status: z.enum(DEAL_STATUSES, { error: 'expected open, won or lost' }),
};

/** Everything after the stakeholders, the same in both versions. */
export const dealTailShape = {
  relations: z.array(relationSchema),
  referrals: z.array(referralSchema),
  layout: z.record(z.string(), positionSchema).optional(),
  revision: z
    .number({ error: 'expected an integer >= 1' })
    .int({ error: 'expected an integer >= 1' })
    .min(1, { error: 'expected an integer >= 1' }),
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO 8601 timestamp' }),
};

/** What the buying-center checks read; both versions' deals fit it. */
interface BuyingCenter {
  readonly stakeholders: readonly { readonly id: string }[];
  readonly relations: readonly z.infer<typeof relationSchema>[];
}

/** The message for an id that should name a stakeholder of this deal and does not. */
export function unknownStakeholderMessage(id: string): string {
  return `expected the id of a stakeholder of this deal, got "${id}"`;
}

/** A `duplicate <noun> id` issue for every item whose id an earlier item of the list has. */
export function checkUniqueIds(
  items: readonly { readonly id: string }[],
  path: readonly (string | number)[],
  noun: string,
  ctx: z.RefinementCtx,
): Set<string> {
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index += 1) {
    const { id } = items[index] as { readonly id: string };
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate ${noun} id "${id}"` });
    seen.add(id);
  }
  return seen;
}

/**
 * Rules across fields of both versions: unique stakeholder and relation ids, relations between two
 * different stakeholders of this deal, a strength on influences. Returns the stakeholder ids.
 */
export function checkBuyingCenter(deal: BuyingCenter, ctx: z.RefinementCtx): ReadonlySet<string> {
  // The ids seen while checking they are unique are the deal's stakeholder ids: one pass, one set.
  const stakeholderIds = checkUniqueIds(deal.stakeholders, ['stakeholders'], 'stakeholder', ctx);
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
    if (!stakeholderIds.has(relation.from)) {
      ctx.addIssue({ code: 'custom', path: ['relations', index, 'from'], message: unknownStakeholderMessage(relation.from) });
    }
    if (!stakeholderIds.has(relation.to)) {
      ctx.addIssue({ code: 'custom', path: ['relations', index, 'to'], message: unknownStakeholderMessage(relation.to) });
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
  return stakeholderIds;
}
