// Small helpers the criterion rules share: verdicts, evidence, who confirmed what, amounts and dates.
import { endSentence } from '../engine/message-text';
import { contactedRecently, dayNumber } from '../engine/review-date';
import { describeStakeholder, mostInfluential, warmestContact } from '../engine/stakeholder-names';
import type { Stakeholder } from '../model/deal-schema';
import { isAlly, type InterestLevel } from '../model/vocabulary';
import type { CriterionEvidence, CriterionStatus, CriterionVerdict, LensContext } from './lens-types';

/** A rule's answer; texts end as sentences, as the engine's gap messages do. */
export function verdict(
  status: CriterionStatus,
  evidence: readonly CriterionEvidence[],
  nextStep: string | null,
): CriterionVerdict {
  return { status, evidence, nextStep: status === 'validated' || nextStep === null ? null : endSentence(nextStep) };
}

export function evidence(text: string, stakeholders: readonly (Stakeholder | string)[] = []): CriterionEvidence {
  const ids = stakeholders.map((person) => (typeof person === 'string' ? person : person.id));
  return { text: endSentence(text), stakeholderIds: [...new Set(ids)] };
}

/** The stakeholder a `confirmedBy` names, or undefined when it is null or names nobody of the deal. */
export function confirmer(context: LensContext, confirmedBy: string | null | undefined): Stakeholder | undefined {
  return typeof confirmedBy === 'string' ? context.facts.findStakeholder(confirmedBy) : undefined;
}

/** "Eva Berg (CFO) confirmed ..." when someone confirmed it, else the fallback sentence. */
export function confirmedOr(by: Stakeholder | undefined, confirmed: string, unconfirmed: string): CriterionEvidence {
  return by === undefined ? evidence(unconfirmed) : evidence(`${describeStakeholder(by)} confirmed ${confirmed}`, [by]);
}

export function isBlank(text: string | null | undefined): boolean {
  return (text ?? '').trim() === '';
}

/** The warmest contact's name, or "your contact" on an empty map (the sentences name the account). */
export function contactName(context: LensContext): string {
  return warmestContact(context.facts.stakeholders)?.name ?? 'your contact';
}

/** Who to ask about money and signatures: the most influential decision-maker, else the warmest contact. */
export function decisionMakerName(context: LensContext): string {
  return mostInfluential(context.facts.decisionMakers)?.name ?? contactName(context);
}

/** Who walks you through how the customer buys: the strongest ally, else the warmest contact. */
export function allyName(context: LensContext): string {
  return mostInfluential(context.facts.stakeholders.filter((person) => isAlly(person.stance)))?.name ?? contactName(context);
}

/** "500,000 SEK": grouped by thousands with commas, never by the machine's locale. */
export function formatAmount(amount: number, currency: string | undefined): string {
  const [whole = '0', fraction] = Math.abs(amount).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = fraction === undefined || fraction === '00' ? '' : `.${fraction}`;
  const sign = amount < 0 ? '-' : '';
  return `${sign}${grouped}${cents}${currency ? ` ${currency}` : ''}`;
}

/** True when `date` is a real `YYYY-MM-DD` day before the review date. */
export function isBeforeReview(context: LensContext, date: string | null | undefined): boolean {
  const day = typeof date === 'string' ? dayNumber(date) : null;
  return day !== null && day < context.asOfDay;
}

/** True when the last contact is a real date at most `staleContactDays` before the review date. */
export function inTouch(context: LensContext, lastContact: string | null | undefined): boolean {
  return contactedRecently(lastContact, context.asOfDay, context.staleContactDays);
}

const INTEREST_PHRASES: Record<InterestLevel, string> = {
  unknown: 'has not shown interest yet',
  none: 'has shown no interest',
  'general-info': 'wants general information',
  'discussing-benefits': 'is discussing the benefits',
  committed: 'is committed',
};

/** "is discussing the benefits", for sentences that start with a person. */
export function interestPhrase(level: InterestLevel): string {
  return INTEREST_PHRASES[level];
}

export function quoted(text: string): string {
  return `"${text.trim()}"`;
}
