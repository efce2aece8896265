// What differs between two versions of one deal, in words a user can weigh: shown when an outside change meets unsaved edits.
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { Deal } from './deal-schema';

/** The fields compared, in the order shown; each is named by `map.outside-change.field.<field>`. */
export const DIFFERENCE_FIELDS = ['name', 'account', 'owner', 'amount', 'closeDate', 'status', 'stakeholders', 'relations'] as const;
export type DifferenceField = (typeof DIFFERENCE_FIELDS)[number];

export interface DealDifference {
  readonly field: DifferenceField;
  /** User text as it is, or a message the front end renders (the status, an amount, a count). */
  readonly mine: string | MessageRef;
  readonly theirs: string | MessageRef;
}

const text = (value: string | null | undefined): string => (value === undefined || value === null || value === '' ? '—' : value);

function amount(deal: Deal): string | MessageRef {
  if (deal.amount === undefined || deal.amount === null) return deal.currency ? `— ${deal.currency}` : '—';
  return deal.currency ? messageRef('map.outside-change.amount', { amount: deal.amount, currency: deal.currency }) : messageRef('map.outside-change.number', { amount: deal.amount });
}

const SHOW: Readonly<Record<DifferenceField, (deal: Deal) => string | MessageRef>> = {
  name: (deal) => deal.name,
  account: (deal) => deal.account,
  owner: (deal) => text(deal.owner),
  amount,
  closeDate: (deal) => text(deal.closeDate),
  status: (deal) => messageRef(`vocabulary.status.${deal.status}`),
  stakeholders: (deal) => deal.stakeholders.map((person) => person.name).join(', ') || '—',
  relations: (deal) => messageRef('map.outside-change.number', { amount: deal.relations.length }),
};

const same = (a: string | MessageRef, b: string | MessageRef) => JSON.stringify(a) === JSON.stringify(b);

/** The deal's headline fields and its people, each as "yours" and "on disk"; [] when they agree on all of them. */
export function dealDifferences(mine: Deal, theirs: Deal): DealDifference[] {
  return DIFFERENCE_FIELDS.flatMap((field) => {
    const [before, after] = [SHOW[field](mine), SHOW[field](theirs)];
    return same(before, after) ? [] : [{ field, mine: before, theirs: after }];
  });
}
