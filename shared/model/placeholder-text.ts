// How a placeholder reads to a person: which field, and the value a move wrote there.
import type { Deal } from './deal-schema';
import type { Placeholder } from './placeholder-schema';

/** Field names as the Qualification section calls them. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  'budget.amount': 'the budget amount',
  'timeframe.event': 'the deadline event',
  'timeframe.date': 'the deadline date',
  'pain.text': 'the pain',
  'need.summary': 'the need',
};

function personName(deal: Deal, path: string): string {
  const id = /^stakeholders\[([^\]]+)\]/.exec(path)?.[1];
  return deal.stakeholders.find((person) => person.id === id)?.name ?? 'someone';
}

/** The field in words: "the budget amount", "a metric", "Karin Holm's personal stake". */
export function placeholderField(deal: Deal, path: string): string {
  const named = FIELD_NAMES[path];
  if (named !== undefined) return named;
  if (path.startsWith('metrics[')) return 'a metric';
  if (path.startsWith('decisionCriteria[')) return 'a decision criterion';
  if (path.startsWith('decisionProcess.')) return path.endsWith('.date') ? "a decision step's date" : 'a decision step';
  if (path.startsWith('paperProcess.')) return path.endsWith('.date') ? "a paper-process step's date" : 'a paper-process step';
  if (path.startsWith('competition[')) return 'how we win against a competitor';
  if (path.endsWith('.championTest.personalStake')) return `${personName(deal, path)}'s personal stake`;
  if (path.endsWith('.stance')) return `${personName(deal, path)}'s stance`;
  if (path.startsWith('referrals.')) return 'a referral';
  if (path.endsWith('.name')) return 'a new contact';
  return path;
}

/** `the budget amount is "480000", a placeholder`. */
export function describePlaceholder(deal: Deal, mark: Placeholder): string {
  const value = mark.value === null ? 'empty' : `"${String(mark.value)}"`;
  return `${placeholderField(deal, mark.path)} is ${value}, a placeholder until someone at ${deal.account} answers`;
}
