// Candidate: confirm the need with the warmest contact (closes need-unconfirmed).
import type { CandidateGenerator } from './action-types';
import { candidateId, warmestContact, withPerson } from './candidate-helpers';

export const confirmNeed: CandidateGenerator = ({ deal, facts }) => {
  if (deal.need.confirmed) return [];
  const contact = warmestContact(facts.stakeholders);
  return [
    {
      id: candidateId('confirm-need'),
      kind: 'confirm-need',
      title: `Confirm the need${withPerson(contact)}`,
      stakeholderIds: contact === undefined ? [] : [contact.id],
      moves: [{ kind: 'set-need-confirmed', confirmed: true }],
    },
  ];
};
