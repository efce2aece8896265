// What differs between two versions of one deal, in words a user can weigh: shown when an outside change meets unsaved edits.
import type { Deal } from './deal-schema';

export interface DealDifference {
  readonly field: string;
  readonly mine: string;
  readonly theirs: string;
}

const text = (value: unknown): string => (value === undefined || value === null || value === '' ? '—' : String(value));

function names(deal: Deal): string {
  return deal.stakeholders.map((person) => person.name).join(', ') || '—';
}

/** The deal's headline fields and its people, each as "yours" and "on disk"; [] when they agree on all of them. */
export function dealDifferences(mine: Deal, theirs: Deal): DealDifference[] {
  const fields: [string, (deal: Deal) => string][] = [
    ['Name', (deal) => deal.name],
    ['Account', (deal) => deal.account],
    ['Owner', (deal) => text(deal.owner)],
    ['Amount', (deal) => `${text(deal.amount)}${deal.currency ? ` ${deal.currency}` : ''}`],
    ['Close date', (deal) => text(deal.closeDate)],
    ['Status', (deal) => deal.status],
    ['Stakeholders', names],
    ['Relations', (deal) => String(deal.relations.length)],
  ];
  return fields.flatMap(([field, show]) => (show(mine) === show(theirs) ? [] : [{ field, mine: show(mine), theirs: show(theirs) }]));
}
