// Candidates: agree a new close date with the decision-maker when the close date has passed (close-date-passed).
import { dayNumber } from '../engine/review-date';
import { messageRef } from '../i18n/message-ref';
import type { CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder } from './candidate-helpers';

/** How far ahead the placeholder date lies: a month, until the customer names the real one. */
export const NEW_CLOSE_DATE_DAYS = 30;

/** `YYYY-MM-DD` a number of days after `day`; Date in UTC only for the calendar, never the clock. */
function daysAfter(day: string, days: number): string {
  const start = dayNumber(day) ?? 0;
  return new Date((start + days) * 86_400_000).toISOString().slice(0, 10);
}

export const agreeCloseDate: CandidateGenerator = ({ facts, qualification, asOf }) =>
  qualification.gaps.flatMap((gap) => {
    if (gap.code !== 'close-date-passed') return [];
    const dm = facts.findStakeholder(gap.stakeholderIds[0] ?? '');
    const closeDate = daysAfter(asOf, NEW_CLOSE_DATE_DAYS);
    return [
      {
        id: candidateId('agree-close-date', dm === undefined ? [] : [dm.id]),
        kind: 'agree-close-date',
        title: messageRef('actions.agree-close-date.title', { person: dm === undefined ? messageRef('actions.the-customer') : describeStakeholder(dm) }),
        stakeholderIds: dm === undefined ? [] : [dm.id],
        moves: [
          { kind: 'set-close-date', closeDate, placeholders: ['closeDate'] },
          ...(dm === undefined ? [] : [{ kind: 'set-last-contact' as const, stakeholderId: dm.id, lastContact: asOf }]),
        ],
      },
    ];
  });
