// The moves a what-if can try on a scratch copy of a deal: a serializable, validated union.
import { z } from 'zod';
import { compiledWhereAllowed } from '../model/compiled-schema';
import {
  BENEFIT_KINDS,
  COMPETITOR_KINDS,
  INTEREST_LEVELS,
  STAKEHOLDER_ROLES,
  STAKEHOLDER_STANCES,
} from '../model/vocabulary';

const itemId = z.string().min(1).max(64);
const nonEmpty = z.string().trim().min(1);
const influence = z.number().int().min(1).max(5);
const strength = z.number().int().min(1).max(3);
const saving = z.number().min(0).nullable();
const isoDay = z.iso.date().nullable();
/** A stakeholder id of the deal (a move naming someone not in the deal is skipped), or null. */
const confirmedBy = itemId.nullable();
const processKey = z.enum(['decisionProcess', 'paperProcess']);
/**
 * The move's fields whose values are placeholders, not the customer's answer: the applied deal
 * marks them (deal.placeholders), so they read "to be confirmed" until a person replaces them.
 */
const placeholders = <const T extends readonly [string, ...string[]]>(fields: T) => z.array(z.enum(fields)).optional();

/** A new stakeholder; the id is chosen by whoever builds the move, so later moves can name them. */
export const whatIfStakeholderSchema = z.object({
  id: itemId,
  name: nonEmpty,
  title: z.string().optional(),
  role: z.enum(STAKEHOLDER_ROLES),
  stance: z.enum(STAKEHOLDER_STANCES),
  influence,
  interest: z.enum(INTEREST_LEVELS),
  lastContact: isoDay.optional(),
});

export const whatIfMoveSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('set-stance'),
    stakeholderId: itemId,
    stance: z.enum(STAKEHOLDER_STANCES),
    placeholders: placeholders(['stance']),
  }),
  z.object({ kind: z.literal('set-interest'), stakeholderId: itemId, interest: z.enum(INTEREST_LEVELS) }),
  z.object({ kind: z.literal('set-role'), stakeholderId: itemId, role: z.enum(STAKEHOLDER_ROLES) }),
  z.object({ kind: z.literal('set-influence'), stakeholderId: itemId, influence }),
  z.object({ kind: z.literal('set-last-contact'), stakeholderId: itemId, lastContact: isoDay }),
  /** A new close date: only the customer can give it, so the actions write it as a placeholder. */
  z.object({ kind: z.literal('set-close-date'), closeDate: isoDay, placeholders: placeholders(['closeDate']) }),
  z.object({ kind: z.literal('add-stakeholder'), stakeholder: whatIfStakeholderSchema, placeholders: placeholders(['name']) }),
  z.object({ kind: z.literal('add-influence'), from: itemId, to: itemId, strength }),
  z.object({ kind: z.literal('set-relation-strength'), relationId: itemId, strength }),
  z.object({ kind: z.literal('remove-relation'), relationId: itemId }),
  z.object({
    kind: z.literal('set-need-confirmed'),
    confirmed: z.boolean(),
    /** What the customer confirmed, in their words: the person trying the move types it. */
    summary: z.string().optional(),
    confirmedBy: confirmedBy.optional(),
  }),
  z.object({ kind: z.literal('add-benefit'), benefitKind: z.enum(BENEFIT_KINDS), text: z.string() }),
  z.object({ kind: z.literal('set-savings'), frontEnd: saving.optional(), backEnd: saving.optional() }),
  z.object({ kind: z.literal('add-referral'), name: nonEmpty, note: z.string().optional(), placeholders: placeholders(['name']) }),
  // Deal file v2's qualification fields, for the lenses' actions.
  z.object({
    kind: z.literal('set-budget'),
    amount: saving.optional(),
    confirmedBy: confirmedBy.optional(),
    placeholders: placeholders(['amount']),
  }),
  z.object({
    kind: z.literal('set-timeframe'),
    event: z.string().optional(),
    date: isoDay.optional(),
    confirmedBy: confirmedBy.optional(),
    placeholders: placeholders(['event', 'date']),
  }),
  z.object({
    kind: z.literal('set-pain'),
    text: z.string().optional(),
    confirmedBy: confirmedBy.optional(),
    placeholders: placeholders(['text']),
  }),
  z.object({
    kind: z.literal('set-champion-test'),
    stakeholderId: itemId,
    power: z.boolean().optional(),
    influence: z.boolean().optional(),
    personalStake: z.string().optional(),
    placeholders: placeholders(['personalStake']),
  }),
  z.object({
    kind: z.literal('add-metric'),
    text: z.string(),
    baseline: z.number().nullable().optional(),
    target: z.number().nullable().optional(),
    unit: z.string().optional(),
    confirmedBy: confirmedBy.optional(),
    placeholders: placeholders(['text']),
  }),
  z.object({
    kind: z.literal('add-decision-criterion'),
    text: z.string(),
    confirmedBy: confirmedBy.optional(),
    placeholders: placeholders(['text']),
  }),
  z.object({
    kind: z.literal('confirm-item'),
    list: z.enum(['metrics', 'decisionCriteria']),
    itemId,
    confirmedBy,
  }),
  z.object({
    kind: z.literal('add-process-step'),
    process: processKey,
    text: z.string(),
    date: isoDay.optional(),
    placeholders: placeholders(['text', 'date']),
  }),
  z.object({ kind: z.literal('set-process-confirmed-by'), process: processKey, confirmedBy }),
  z.object({
    kind: z.literal('add-competitor'),
    name: z.string(),
    competitorKind: z.enum(COMPETITOR_KINDS),
    note: z.string().optional(),
    placeholders: placeholders(['note']),
  }),
  z.object({ kind: z.literal('set-competitor-note'), itemId, note: z.string(), placeholders: placeholders(['note']) }),
  z.object({
    kind: z.literal('set-process-step'),
    process: processKey,
    itemId,
    date: isoDay.optional(),
    done: z.boolean().optional(),
    placeholders: placeholders(['date']),
  }),
]);

/**
 * One change tried in what-if. Plain JSON, so it can cross the API, sit in a NextAction and be
 * replayed. `add-influence` between two people already joined by an `influences` relation sets
 * that relation's strength instead of adding a second one.
 */
export type WhatIfMove = z.infer<typeof whatIfMoveSchema>;
export type WhatIfMoveKind = WhatIfMove['kind'];
export type WhatIfStakeholder = z.infer<typeof whatIfStakeholderSchema>;

export const WHAT_IF_MOVE_KINDS = whatIfMoveSchema.options.map(
  (option) => option.shape.kind.value,
) as readonly WhatIfMoveKind[];

// Every move of every ranked candidate is checked (applyMovesWithReport): compiled, as the deal files are.
const compiledMoveSchema = compiledWhereAllowed(whatIfMoveSchema);

/** True when `value` is a well-formed move (the API and the command line check with this). */
export function isWhatIfMove(value: unknown): value is WhatIfMove {
  return compiledMoveSchema().safeParse(value).success;
}
