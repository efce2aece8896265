// Candidate: find out who signs and put them on the map (closes no-decision-maker).
import { messageRef } from '../i18n/message-ref';
import { uniqueStakeholderId } from '../edits/item-ids';
import type { CandidateGenerator } from './action-types';
import { candidateId, warmestContact } from './candidate-helpers';

/** The placeholder's name until the account executive learns the real one. */
export const DECISION_MAKER_PLACEHOLDER = 'Decision-maker (to be named)';

export const nameDecisionMaker: CandidateGenerator = ({ deal, facts }) => {
  if (facts.decisionMakers.length > 0) return [];
  const contact = warmestContact(facts.stakeholders);
  const id = uniqueStakeholderId('decision-maker', deal.stakeholders.map((person) => person.id));
  return [
    {
      id: candidateId('name-decision-maker'),
      kind: 'name-decision-maker',
      title: messageRef('actions.name-decision-maker.title', { name: contact?.name ?? messageRef('actions.your-contact') }),
      stakeholderIds: contact === undefined ? [] : [contact.id],
      moves: [
        {
          kind: 'add-stakeholder',
          stakeholder: {
            id,
            name: DECISION_MAKER_PLACEHOLDER,
            role: 'decision-maker',
            stance: 'unknown',
            influence: 5,
            // Named, not yet met: engaging them is the next action's job.
            interest: 'unknown',
            lastContact: null,
          },
        },
      ],
    },
  ];
};
