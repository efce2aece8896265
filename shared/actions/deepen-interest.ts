// Candidate: move the warmest contact from general information to discussing benefits (interest-shallow).
import { messageRef } from '../i18n/message-ref';
import type { CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder, warmestContact } from './candidate-helpers';

export const deepenInterest: CandidateGenerator = ({ facts, asOf }) => {
  if (facts.engaged.length === 0 || facts.discussingBenefits.length > 0) return [];
  const contact = warmestContact(facts.engaged);
  if (contact === undefined) return [];
  return [
    {
      id: candidateId('deepen-interest', [contact.id]),
      kind: 'deepen-interest',
      title: messageRef('actions.deepen-interest.title', { person: describeStakeholder(contact) }),
      stakeholderIds: [contact.id],
      moves: [
        { kind: 'set-interest', stakeholderId: contact.id, interest: 'discussing-benefits' },
        { kind: 'set-last-contact', stakeholderId: contact.id, lastContact: asOf },
      ],
    },
  ];
};
