// Small helpers the criterion rules share: verdicts, evidence as messages, who confirmed what, amounts and dates.
import { contactedRecently, dayNumber } from '../engine/review-date';
import { describeStakeholder, mostInfluential, warmestContact } from '../engine/stakeholder-names';
import { messageRef, type MessageRef, type MessageValue } from '../i18n/message-ref';
import type { Stakeholder } from '../model/deal-schema';
import { isAlly, type InterestLevel } from '../model/vocabulary';
import type { CriterionEvidence, CriterionStatus, CriterionVerdict, LensContext } from './lens-types';

/** A lens sentence: `lens-evidence.<key>` in the catalogs under shared/i18n/catalogs. */
export function lensText(key: string, values?: Readonly<Record<string, MessageValue>>): MessageRef {
  return messageRef(`lens-evidence.${key}`, values);
}

/** A rule's answer; a validated criterion has no next step. */
export function verdict(
  status: CriterionStatus,
  evidence: readonly CriterionEvidence[],
  nextStep: MessageRef | null,
): CriterionVerdict {
  return { status, evidence, nextStep: status === 'validated' ? null : nextStep };
}

export function evidence(message: MessageRef, stakeholders: readonly (Stakeholder | string)[] = []): CriterionEvidence {
  const ids = stakeholders.map((person) => (typeof person === 'string' ? person : person.id));
  return { message, stakeholderIds: [...new Set(ids)] };
}

/** The stakeholder a `confirmedBy` names, or undefined when it is null or names nobody of the deal. */
export function confirmer(context: LensContext, confirmedBy: string | null | undefined): Stakeholder | undefined {
  return typeof confirmedBy === 'string' ? context.facts.findStakeholder(confirmedBy) : undefined;
}

/** "Eva Berg (CFO) confirmed ..." when someone confirmed it, else the fallback sentence. */
export function confirmedOr(by: Stakeholder | undefined, confirmed: MessageRef, unconfirmed: MessageRef): CriterionEvidence {
  return by === undefined ? evidence(unconfirmed) : evidence(lensText('confirmed', { person: describeStakeholder(by), what: confirmed }), [by]);
}

/** People as a list value: "Eva Berg (CFO) and Lars Ek", joined as the reader's language joins them. */
export function describeStakeholderList(people: readonly Stakeholder[]): readonly string[] {
  return people.map(describeStakeholder);
}

/** "A; B; C": for items that hold commas of their own; each language sets its own separator. */
export function semicolonChain(items: readonly MessageRef[]): MessageRef | string {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  return rest.length === 0 ? first : lensText('then', { item: first, rest: semicolonChain(rest) });
}

/** "A. B. C.": whole sentences one after another, as a lens gap lists what is known. */
export function sentenceChain(items: readonly MessageRef[]): MessageRef | string {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  return rest.length === 0 ? first : lensText('sentences', { item: first, rest: sentenceChain(rest) });
}

export function isBlank(text: string | null | undefined): boolean {
  return (text ?? '').trim() === '';
}

/** The warmest contact's name, or "your contact" on an empty map (the sentences name the account). */
export function contactName(context: LensContext): string | MessageRef {
  return warmestContact(context.facts.stakeholders)?.name ?? lensText('your-contact');
}

/** Who to ask about money and signatures: the most influential decision-maker, else the warmest contact. */
export function decisionMakerName(context: LensContext): string | MessageRef {
  return mostInfluential(context.facts.decisionMakers)?.name ?? contactName(context);
}

/** Who walks you through how the customer buys: the strongest ally, else the warmest contact. */
export function allyName(context: LensContext): string | MessageRef {
  return mostInfluential(context.facts.stakeholders.filter((person) => isAlly(person.stance)))?.name ?? contactName(context);
}

/** "500,000 SEK" in English, "500 000 SEK" in Swedish: the reader's locale groups the digits. */
export function money(amount: number, currency: string | undefined): MessageRef {
  return currency ? lensText('money', { amount, currency }) : lensText('money-plain', { amount });
}

/** "500,000 SEK" as English text: for the actions' titles until they are messages too; lenses use `money`. */
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

/** "is discussing the benefits", for sentences that start with a person. */
export function interestPhrase(level: InterestLevel): MessageRef {
  return lensText(`interest.${level}`);
}

/** User text in quotation marks, as the reader's language sets them. */
export function quoted(text: string): MessageRef {
  return lensText('quoted', { text: text.trim() });
}
