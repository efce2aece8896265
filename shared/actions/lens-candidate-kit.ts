// What a lens's candidate is, who it names, and the placeholders its moves write until the customer says.
import { dayNumber, reviewDay } from '../engine/review-date';
import { describeStakeholder, mostInfluential, warmestContact } from '../engine/stakeholder-names';
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { CriterionResult, CriterionStatus } from '../lenses/lens-types';
import type { Stakeholder } from '../model/deal-schema';
import { isAlly } from '../model/vocabulary';
import type { WhatIfMove } from '../whatif/what-if-move';
import type { ActionCandidate, CandidateContext } from './action-types';
import { candidateId } from './candidate-helpers';

/*
 * Placeholders: where a move needs a value only the customer can give, the candidate writes one of
 * these, worded so nobody mistakes it for a fact. Trying the action shows what the real answer
 * would change; the seller replaces the text (or the number) before applying it for good.
 * Two values are taken from the deal instead: a budget placeholder is the deal's amount (does the
 * budget cover our price?), and a missing or past date is the deal's close date (the latest the
 * forecast allows), used only when the close date is not before the review date.
 */
export const METRIC_PLACEHOLDER = 'Metric (to be agreed with the customer)';
export const DECISION_CRITERION_PLACEHOLDER = 'Decision criterion (to be written down with the customer)';
export const PAIN_PLACEHOLDER = "Pain (to be described in the customer's words)";
export const TIMEFRAME_EVENT_PLACEHOLDER = 'Deadline event (to be named by the customer)';
export const DECISION_STEP_PLACEHOLDER = 'Decision step (to be mapped with the customer)';
export const PAPER_STEP_PLACEHOLDER = 'Contract signature (to be mapped with procurement)';
export const COMPETITOR_NOTE_PLACEHOLDER = 'How we win: to be written';
export const PERSONAL_STAKE_PLACEHOLDER = 'Personal stake (to be found out)';

/** A lens's candidate, with the criterion it claims to raise and the status it claims to reach. */
export interface LensCandidate extends ActionCandidate {
  readonly raises: { readonly criterion: string; readonly to: CriterionStatus };
}

/** One criterion's rule: a move that raises it one status, or null when no move can (or one built in does). */
export type LensCandidateRule = (context: CandidateContext, criterion: CriterionResult) => LensCandidate | null;

/** `raise-<criterion>` kinds, `raise-<criterion>:<ids>` ids: one candidate per criterion. */
export function lensCandidate(
  criterion: CriterionResult,
  to: CriterionStatus,
  people: readonly Stakeholder[],
  title: MessageRef,
  moves: readonly WhatIfMove[],
): LensCandidate {
  const kind = `raise-${criterion.code}`;
  const stakeholderIds = people.map((person) => person.id);
  return { id: candidateId(kind, stakeholderIds), kind, title, stakeholderIds, moves, raises: { criterion: criterion.code, to } };
}

/** The status one above; validated stays. */
export function nextStatus(status: CriterionStatus): CriterionStatus {
  return status === 'missing' ? 'identified' : 'validated';
}

/** Who signs: the most influential decision-maker who is not a saboteur. */
export function signer(context: CandidateContext): Stakeholder | undefined {
  return mostInfluential(context.facts.decisionMakers.filter((dm) => dm.stance !== 'saboteur'));
}

/** Who to ask about money and dates: the signer, else the warmest contact. */
export function moneyContact(context: CandidateContext): Stakeholder | undefined {
  return signer(context) ?? warmestContact(context.facts.stakeholders);
}

/** The person a title names: "Eva Berg (CFO)", or "your contact" when nobody fits. */
export function askedOf(person: Stakeholder | undefined): string | MessageRef {
  return person === undefined ? messageRef('actions.your-contact') : describeStakeholder(person);
}

/** A text the customer or the seller wrote, quoted: `"Legal review"`, or "unnamed" when blank. */
export function quotedText(text: string): MessageRef {
  const trimmed = text.trim();
  return messageRef('actions.quoted', { text: trimmed === '' ? messageRef('actions.unnamed') : trimmed });
}

/** The warmest contact on the map. */
export function contact(context: CandidateContext): Stakeholder | undefined {
  return warmestContact(context.facts.stakeholders);
}

/** Who walks you through how the customer decides: the strongest ally, else the warmest contact. */
export function insider(context: CandidateContext): Stakeholder | undefined {
  return mostInfluential(context.facts.stakeholders.filter((person) => isAlly(person.stance))) ?? contact(context);
}

/** Procurement: the most influential buyer on the map. */
export function procurement(context: CandidateContext): Stakeholder | undefined {
  return mostInfluential(context.facts.stakeholders.filter((person) => person.role === 'buyer'));
}

/** True when `date` is a real day before the review date. */
export function isPast(context: CandidateContext, date: string | null): boolean {
  const day = date === null ? null : dayNumber(date);
  return day !== null && day < reviewDay(context.asOf);
}

/** The deal's close date as a placeholder date, or null when it is missing or already past. */
export function placeholderDate(context: CandidateContext): string | null {
  const { closeDate } = context.deal;
  return typeof closeDate === 'string' && dayNumber(closeDate) !== null && !isPast(context, closeDate) ? closeDate : null;
}
