// Candidate: confirm the need with the warmest contact (closes need-unconfirmed); the user types what they confirmed.
import { messageRef } from '../i18n/message-ref';
import type { CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder, warmestContact } from './candidate-helpers';

export const confirmNeed: CandidateGenerator = ({ deal, facts }) => {
  const contact = warmestContact(facts.stakeholders);
  // Somebody at the customer confirms a need: with nobody on the map, naming someone comes first.
  if (deal.need.confirmed || contact === undefined) return [];
  const summary = deal.need.summary.trim();
  return [
    {
      id: candidateId('confirm-need'),
      kind: 'confirm-need',
      title: messageRef('actions.confirm-need.title', { person: describeStakeholder(contact) }),
      stakeholderIds: [contact.id],
      moves: [{ kind: 'set-need-confirmed', confirmed: true, confirmedBy: contact.id }],
      // Only the customer can say what the need is: Try asks for it instead of ticking an empty need.
      ...(summary === ''
        ? { asks: { move: 0, field: 'summary' as const, label: messageRef('actions.confirm-need.asks', { name: contact.name }) } }
        : {}),
    },
  ];
};
