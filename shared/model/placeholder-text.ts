// How a placeholder reads to a person: which field, and the value a move wrote there, as a message.
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { Deal } from './deal-schema';
import type { Placeholder } from './placeholder-schema';

/** Field paths the Qualification section names on their own, by the key of their words. */
const FIELD_KEYS: Readonly<Record<string, string>> = {
  'budget.amount': 'budget-amount',
  'timeframe.event': 'deadline-event',
  'timeframe.date': 'deadline-date',
  'pain.text': 'pain',
  'need.summary': 'need',
};

function field(key: string, values?: Readonly<Record<string, string>>): MessageRef {
  return messageRef(`lens-evidence.placeholder.field.${key}`, values);
}

function personName(deal: Deal, path: string): string | MessageRef {
  const id = /^stakeholders\[([^\]]+)\]/.exec(path)?.[1];
  return deal.stakeholders.find((person) => person.id === id)?.name ?? field('someone');
}

/** The field in words: "the budget amount", "a metric", "Karin Holm's personal stake"; an unknown path as it is. */
export function placeholderField(deal: Deal, path: string): MessageRef | string {
  const named = FIELD_KEYS[path];
  if (named !== undefined) return field(named);
  if (path.startsWith('metrics[')) return field('metric');
  if (path.startsWith('decisionCriteria[')) return field('decision-criterion');
  if (path.startsWith('decisionProcess.')) return field(path.endsWith('.date') ? 'decision-step-date' : 'decision-step');
  if (path.startsWith('paperProcess.')) return field(path.endsWith('.date') ? 'paper-step-date' : 'paper-step');
  if (path.startsWith('competition[')) return field('competitor-note');
  if (path.endsWith('.championTest.personalStake')) return messageRef('lens-evidence.placeholder.field.personal-stake', { person: personName(deal, path) });
  if (path.endsWith('.stance')) return messageRef('lens-evidence.placeholder.field.stance', { person: personName(deal, path) });
  if (path.startsWith('referrals.')) return field('referral');
  if (path.endsWith('.name')) return field('new-contact');
  return path;
}

/** `the budget amount is "480000", a placeholder until someone at Northwind AB answers`, as a message. */
export function placeholderMessage(deal: Deal, mark: Placeholder): MessageRef {
  const values = { field: placeholderField(deal, mark.path), account: deal.account };
  return mark.value === null
    ? messageRef('lens-evidence.placeholder.empty', values)
    : messageRef('lens-evidence.placeholder.value', { ...values, value: String(mark.value) });
}
