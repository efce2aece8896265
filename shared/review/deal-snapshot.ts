// What a review records of one deal: its buying center and its qualification on the review date.
import { dealmapIntl, renderMessage } from '../i18n/dealmap-intl';
import { isMessageRef, type MessageRef } from '../i18n/message-ref';
import { z } from 'zod';
import { GAP_SEVERITIES, QUALIFICATION_STAGES, type Qualification } from '../engine/types';
import { dealIdSchema, type Deal } from '../model/deal-schema';
import {
  DEAL_STATUSES,
  INTEREST_LEVELS,
  RELATION_KINDS,
  STAKEHOLDER_ROLES,
  STAKEHOLDER_STANCES,
} from '../model/vocabulary';

const itemId = z.string().min(1, { error: 'expected a non-empty id' }).max(64);
const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });

export const stakeholderSnapshotSchema = z
  .object({
    id: itemId,
    name: z.string(),
    title: z.string().nullable(),
    role: z.enum(STAKEHOLDER_ROLES, { error: `expected one of ${STAKEHOLDER_ROLES.join(', ')}` }),
    stance: z.enum(STAKEHOLDER_STANCES, { error: `expected one of ${STAKEHOLDER_STANCES.join(', ')}` }),
    interest: z.enum(INTEREST_LEVELS, { error: `expected one of ${INTEREST_LEVELS.join(', ')}` }),
    influence: z.number({ error: 'expected a number' }),
  })
  .loose();

export const relationSnapshotSchema = z
  .object({
    id: itemId,
    from: itemId,
    to: itemId,
    kind: z.enum(RELATION_KINDS, { error: 'expected reports-to or influences' }),
    /** null for `reports-to`, which has no strength. */
    strength: z.number({ error: 'expected a number or null' }).nullable(),
  })
  .loose();

export const gapSnapshotSchema = z
  .object({
    /** The engine's gap id: the code, plus the stakeholder for gaps reported once per person. */
    id: z.string().min(1, { error: 'expected a non-empty id' }),
    // A plain string, not the enum: a review keeps the codes of the Dealmap that recorded it.
    code: z.string().min(1, { error: 'expected a non-empty gap code' }),
    severity: z.enum(GAP_SEVERITIES, { error: `expected one of ${GAP_SEVERITIES.join(', ')}` }),
    message: z.string(),
    /** The same words as a message reference, so a change line reads in the reader's language; absent in older files. */
    messageRef: z.custom<MessageRef>(isMessageRef, { error: 'expected a message reference {id, values}' }).optional(),
  })
  .loose();

export const dealSnapshotSchema = z
  .object({
    id: dealIdSchema,
    name: z.string(),
    account: z.string(),
    owner: z.string().nullable(),
    amount: z.number({ error: 'expected a number or null' }).nullable(),
    currency: z.string().nullable(),
    closeDate: isoDate.nullable(),
    status: z.enum(DEAL_STATUSES, { error: 'expected open, won or lost' }),
    stakeholders: z.array(stakeholderSnapshotSchema),
    relations: z.array(relationSnapshotSchema),
    qualification: z
      .object({
        stage: z.enum(QUALIFICATION_STAGES, { error: `expected one of ${QUALIFICATION_STAGES.join(', ')}` }),
        score: z.number({ error: 'expected a number' }),
        gaps: z.array(gapSnapshotSchema),
      })
      .loose(),
  })
  .loose();

export type StakeholderSnapshot = z.infer<typeof stakeholderSnapshotSchema>;
export type RelationSnapshot = z.infer<typeof relationSnapshotSchema>;
export type GapSnapshot = z.infer<typeof gapSnapshotSchema>;
/** One deal as a review saw it; plain JSON (null, never undefined) so it survives the file as is. */
export type DealSnapshot = z.infer<typeof dealSnapshotSchema>;

/** Records `deal` and its `qualification` (computed by the caller for the review date). */
export function snapshotDeal(deal: Deal, qualification: Qualification): DealSnapshot {
  return {
    id: deal.id,
    name: deal.name,
    account: deal.account,
    owner: deal.owner ?? null,
    amount: deal.amount ?? null,
    currency: deal.currency ?? null,
    closeDate: deal.closeDate ?? null,
    status: deal.status,
    stakeholders: deal.stakeholders.map(({ id, name, title, role, stance, interest, influence }) => ({
      id,
      name,
      title: title ?? null,
      role,
      stance,
      interest,
      influence,
    })),
    relations: deal.relations.map(({ id, from, to, kind, strength }) => ({
      id,
      from,
      to,
      kind,
      strength: strength ?? null,
    })),
    qualification: {
      stage: qualification.stage,
      score: qualification.score,
      // The review file keeps each gap's words as read on the review date in English, and their message reference beside them.
      gaps: qualification.gaps.map(({ id, code, severity, message }) => ({ id, code, severity, message: renderMessage(dealmapIntl('en'), message), messageRef: message })),
    },
  };
}

/** How many of the snapshot's gaps are blockers. */
export function blockerCount(snapshot: DealSnapshot): number {
  return snapshot.qualification.gaps.filter((gap) => gap.severity === 'blocker').length;
}
