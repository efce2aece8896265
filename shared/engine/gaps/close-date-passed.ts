// Gap rule: close-date-passed, an open deal whose close date is before the review date (docs/verdict-rules.md).
import type { Stakeholder } from '../../model/deal-schema';
import { dayNumber } from '../review-date';
import { describeStakeholder, mostInfluential } from '../stakeholder-names';
import { gapText, makeGap, type GapRule } from './gap-rule';

/** Who a new close date is agreed with: the most influential decision-maker, else nobody named yet. */
export function closeDateContact(decisionMakers: readonly Stakeholder[]): Stakeholder | undefined {
  return mostInfluential(decisionMakers);
}

export const closeDatePassed: GapRule = ({ facts, asOf, asOfDay }) => {
  const { closeDate } = facts.deal;
  const closeDay = typeof closeDate === 'string' ? dayNumber(closeDate) : null;
  if (typeof closeDate !== 'string' || closeDay === null || closeDay >= asOfDay) return [];
  const daysOverdue = asOfDay - closeDay;
  const contact = closeDateContact(facts.decisionMakers);
  const gap = makeGap('close-date-passed', {
    message: gapText('close-date-passed.message', { closeDate, daysOverdue, asOf }),
    nextAction:
      contact === undefined
        ? gapText('close-date-passed.next')
        : gapText('close-date-passed.next-contact', { contact: describeStakeholder(contact) }),
    stakeholderIds: contact === undefined ? [] : [contact.id],
  });
  return [{ ...gap, overdue: { closeDate, daysOverdue } }];
};
